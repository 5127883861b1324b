package be.veerkracht.store.user;

/** The limits on names and passwords, in one place for the store, the command line and the web login. */
public final class UserRules {

    /** Longest user name, in characters (the column is VARCHAR(64)). */
    public static final int MAX_NAME_LENGTH = 64;
    /**
     * Shortest password, in characters: 12, above the 8 that NIST SP 800-63B (section 3.1.1.2) requires of
     * user-chosen passwords without multi-factor authentication (it recommends 15); no composition rules.
     */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Longest password, in characters: long passphrases fit; a megabyte "password" does not cost us a hash. */
    public static final int MAX_PASSWORD_LENGTH = 1024;

    private UserRules() {
    }

    /**
     * The name, checked: 1 to {@value #MAX_NAME_LENGTH} characters, no control characters, no leading or
     * trailing white space. Names are case-sensitive.
     *
     * @throws UserException {@link UserProblem#NAME_INVALID}
     */
    public static String checkName(String name) {
        boolean valid = name != null && !name.isEmpty()
                && name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH
                && name.strip().equals(name)
                && name.codePoints().noneMatch(Character::isISOControl);
        if (!valid) {
            throw UserException.of(UserProblem.NAME_INVALID, String.valueOf(name), MAX_NAME_LENGTH);
        }
        return name;
    }

    /**
     * Checks a new password's length ({@value #MIN_PASSWORD_LENGTH} to {@value #MAX_PASSWORD_LENGTH} characters).
     *
     * @throws UserException {@link UserProblem#PASSWORD_TOO_SHORT} or {@link UserProblem#PASSWORD_TOO_LONG}
     */
    public static void checkPassword(CharSequence password) {
        int length = password == null ? 0 : Character.codePointCount(password, 0, password.length());
        if (length < MIN_PASSWORD_LENGTH) {
            throw UserException.of(UserProblem.PASSWORD_TOO_SHORT, MIN_PASSWORD_LENGTH);
        }
        if (length > MAX_PASSWORD_LENGTH) {
            throw UserException.of(UserProblem.PASSWORD_TOO_LONG, MAX_PASSWORD_LENGTH);
        }
    }
}
