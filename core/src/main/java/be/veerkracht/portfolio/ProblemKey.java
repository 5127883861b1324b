package be.veerkracht.portfolio;

import be.veerkracht.i18n.MessageKey;

/** Everything that can be wrong with a portfolio file, as translated message keys ({@code problems*.properties}). */
public enum ProblemKey implements MessageKey {
    // the file as a whole
    FILE_NOT_FOUND,
    UNSUPPORTED_FILE,
    FILE_UNREADABLE,
    SHEET_MISSING,
    COLUMN_MISSING,
    COLUMN_DUPLICATE,
    CSV_NO_SEPARATOR,
    CSV_MALFORMED,
    CSV_TOO_MANY_FIELDS,
    // one cell
    REQUIRED,
    NOT_A_NUMBER,
    DECIMAL_POINT_EXPECTED,
    DECIMAL_COMMA_EXPECTED,
    NOT_A_WHOLE_NUMBER,
    MUST_BE_POSITIVE,
    MUST_BE_NON_NEGATIVE,
    SHARE_WITHOUT_PERCENT,
    SHARE_PERCENT_OUT_OF_RANGE,
    UNKNOWN_COUNTRY,
    NOT_A_BOOLEAN,
    NOT_ONE_OF,
    NOT_A_DUAL_USE_CODE,
    NOT_AN_HS_CODE,
    INVALID_ID,
    TRANSIT_EXCEEDS_LEAD_TIME,
    // across rows and sheets
    DUPLICATE_KEY,
    UNKNOWN_PART,
    UNKNOWN_SUPPLIER,
    UNKNOWN_PRODUCT,
    SHARES_DO_NOT_SUM,
    TOOL_ROWS_DISAGREE,
    // quality agreements and measurements (docs/quality-data.md)
    QUALITY_SHEETS_MISSING,
    QUALITY_FILE_KIND_UNKNOWN,
    NOT_A_TIMESTAMP,
    NO_LIMIT,
    LSL_NOT_BELOW_USL,
    NOMINAL_OUTSIDE_LIMITS,
    MARGIN_REQUIRED_ONE_SIDED,
    AGREEMENT_ROWS_DISAGREE;

    /** The bundle of every portfolio problem and its labels. */
    static final String BUNDLE = "be.veerkracht.portfolio.problems";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
