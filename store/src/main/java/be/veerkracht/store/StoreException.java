package be.veerkracht.store;

import be.veerkracht.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The store failed in a way the user must be told about. It carries a {@link StoreProblem} key and its
 * arguments, so the command line can print one translated sentence (and pick its exit code) instead of a stack
 * trace; the cause stays attached for a log or {@code --verbose}.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StoreProblem problem;
    private final List<String> args;

    private StoreException(StoreProblem problem, List<String> args, Throwable cause) {
        super(Messages.format(problem, Locale.ENGLISH, args.toArray()), cause);
        this.problem = problem;
        this.args = args;
    }

    /** A problem with its message arguments (formatted with {@link String#valueOf}). */
    public static StoreException of(StoreProblem problem, Object... args) {
        return because(null, problem, args);
    }

    /** A problem caused by a lower-level failure, kept as the cause. */
    public static StoreException because(Throwable cause, StoreProblem problem, Object... args) {
        Objects.requireNonNull(problem, "problem");
        return new StoreException(problem, Arrays.stream(args).map(String::valueOf).toList(), cause);
    }

    public StoreProblem problem() {
        return problem;
    }

    /** The message arguments, already formatted. */
    public List<String> args() {
        return args;
    }

    /** The message in the user's language (English, Dutch or French). */
    public String message(Locale locale) {
        return Messages.format(problem, locale, args.toArray());
    }
}
