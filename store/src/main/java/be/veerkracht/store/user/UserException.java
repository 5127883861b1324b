package be.veerkracht.store.user;

import be.veerkracht.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A user or token operation the caller asked for cannot be done; carries a translated {@link UserProblem}. */
public final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final UserProblem problem;
    private final List<String> args;

    private UserException(UserProblem problem, List<String> args) {
        super(Messages.format(problem, Locale.ENGLISH, args.toArray()));
        this.problem = problem;
        this.args = args;
    }

    /** A problem with its message arguments (formatted with {@link String#valueOf}). */
    public static UserException of(UserProblem problem, Object... args) {
        Objects.requireNonNull(problem, "problem");
        return new UserException(problem, Arrays.stream(args).map(String::valueOf).toList());
    }

    public UserProblem problem() {
        return problem;
    }

    public List<String> args() {
        return args;
    }

    /** The message in the user's language (English, Dutch or French). */
    public String message(Locale locale) {
        return Messages.format(problem, locale, args.toArray());
    }
}
