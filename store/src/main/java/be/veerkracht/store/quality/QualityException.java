package be.veerkracht.store.quality;

import be.veerkracht.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A quality record the caller asked for cannot be made; carries a {@link QualityProblem}. */
public final class QualityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final QualityProblem problem;
    private final List<String> args;

    private QualityException(QualityProblem problem, List<String> args) {
        super(Messages.format(problem, Locale.ENGLISH, args.toArray()));
        this.problem = problem;
        this.args = args;
    }

    public static QualityException of(QualityProblem problem, Object... args) {
        Objects.requireNonNull(problem, "problem");
        return new QualityException(problem, Arrays.stream(args).map(String::valueOf).toList());
    }

    public QualityProblem problem() {
        return problem;
    }

    /** The message in the user's language (English, Dutch or French). */
    public String message(Locale locale) {
        return Messages.format(problem, locale, args.toArray());
    }
}
