package be.veerkracht.store.user;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.store.StoreProblem;
import java.util.Locale;

/**
 * What can go wrong managing users and tokens, as translated message keys in the store's bundle
 * ({@code be/veerkracht/store/messages*.properties}, keys {@code user.*}). All are the caller's mistake (exit code
 * 2 on the command line); a failing database is a {@code StoreException} instead.
 */
public enum UserProblem implements MessageKey {
    /** Args: the name as given, the longest allowed length. */
    NAME_INVALID,
    /** Args: the name. */
    NAME_TAKEN,
    /** Args: the name. */
    NO_SUCH_USER,
    /** Args: the shortest allowed length. */
    PASSWORD_TOO_SHORT,
    /** Args: the longest allowed length. */
    PASSWORD_TOO_LONG,
    /** Args: the token id. */
    NO_SUCH_TOKEN;

    @Override
    public String bundle() {
        return StoreProblem.BUNDLE;
    }

    @Override
    public String key() {
        return "user." + name().toLowerCase(Locale.ROOT);
    }
}
