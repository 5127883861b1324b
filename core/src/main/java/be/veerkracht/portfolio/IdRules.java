package be.veerkracht.portfolio;

/** What a master-data key may look like: the same rule for parts, suppliers and tools. */
final class IdRules {

    /** Longest key accepted, in characters; ERP material numbers are at most 40 (SAP MATNR). */
    static final int MAX_LENGTH = 64;

    private IdRules() {
    }

    static void check(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(field + " must not start or end with blanks: '" + value + "'");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_LENGTH + " characters");
        }
    }
}
