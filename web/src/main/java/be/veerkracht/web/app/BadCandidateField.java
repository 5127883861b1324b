package be.veerkracht.web.app;

import java.util.Objects;

/**
 * A field of the split what-if's candidate that is missing or wrong; the page says it in the visitor's language, the
 * API in English ({@link #getMessage()}).
 *
 * @see CandidateQuery
 */
public final class BadCandidateField extends RuntimeException {

    /** What is wrong with the field. */
    public enum Kind { MISSING, NOT_A_NUMBER, OUT_OF_RANGE, NOT_WHOLE, UNKNOWN, TOO_LONG }

    private final String field;
    private final Kind kind;
    private final String given;
    private final String limit;

    /**
     * @param given what was written ("" when nothing)
     * @param limit the allowed range or length ("" when none applies)
     */
    public BadCandidateField(String field, Kind kind, String given, String limit) {
        super(message(field, kind, given, limit));
        this.field = Objects.requireNonNull(field, "field");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.given = given;
        this.limit = limit;
    }

    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    public String given() {
        return given;
    }

    public String limit() {
        return limit;
    }

    private static String message(String field, Kind kind, String given, String limit) {
        return switch (kind) {
            case MISSING -> field + " is required";
            case NOT_A_NUMBER -> field + " must be a number (decimal point), got '" + given + "'";
            case OUT_OF_RANGE -> field + " must be within " + limit + ", got '" + given + "'";
            case NOT_WHOLE -> field + " must be a whole number within " + limit + ", got '" + given + "'";
            case UNKNOWN -> field + ": unknown value '" + given + "'";
            case TOO_LONG -> field + " must be at most " + limit + " characters";
        };
    }
}
