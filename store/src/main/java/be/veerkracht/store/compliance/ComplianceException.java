package be.veerkracht.store.compliance;

import be.veerkracht.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** An export-control record the caller asked for cannot be made or removed; carries a {@link ComplianceProblem}. */
public final class ComplianceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ComplianceProblem problem;
    private final List<String> args;

    private ComplianceException(ComplianceProblem problem, List<String> args) {
        super(Messages.format(problem, Locale.ENGLISH, args.toArray()));
        this.problem = problem;
        this.args = args;
    }

    public static ComplianceException of(ComplianceProblem problem, Object... args) {
        Objects.requireNonNull(problem, "problem");
        return new ComplianceException(problem, Arrays.stream(args).map(String::valueOf).toList());
    }

    public ComplianceProblem problem() {
        return problem;
    }

    /** The message in the user's language (English, Dutch or French). */
    public String message(Locale locale) {
        return Messages.format(problem, locale, args.toArray());
    }
}
