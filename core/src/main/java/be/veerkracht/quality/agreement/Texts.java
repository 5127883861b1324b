package be.veerkracht.quality.agreement;

/** Checks on the texts of agreements and measurements: keys of at most 64 characters, other texts non-blank. */
public final class Texts {

    /** Longest key, in characters: the same rule as part and supplier IDs. */
    public static final int MAX_KEY_LENGTH = 64;
    /** Longest free text (a method, a reason), in characters. */
    public static final int MAX_TEXT_LENGTH = 2000;

    private Texts() {
    }

    /** A key: non-blank, no surrounding blanks, at most {@link #MAX_KEY_LENGTH} characters. */
    public static String key(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(field + " must not start or end with blanks: '" + value + "'");
        }
        if (value.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_KEY_LENGTH + " characters");
        }
        return value;
    }

    /** A required free text, stripped, at most {@link #MAX_TEXT_LENGTH} characters. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return value.strip();
    }
}
