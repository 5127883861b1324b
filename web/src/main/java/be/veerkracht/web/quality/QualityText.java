package be.veerkracht.web.quality;

import be.veerkracht.web.page.WebText;

/** The quality pages' texts, in {@code quality*.properties} (EN, NL, FR). */
public enum QualityText implements WebText {
    NAV,
    TITLE,
    INTRO,
    LIVE_NOTE,
    ALERTS_TITLE,
    NO_ALERTS,
    PARTS_TITLE,
    NO_AGREEMENTS,
    UNAVAILABLE,
    NO_AGREEMENT,
    COLUMN_AT,
    COLUMN_KIND,
    COLUMN_PART,
    COLUMN_CHARACTERISTIC,
    COLUMN_SUPPLIER,
    COLUMN_REASON,
    COLUMN_PRIMARY,
    COLUMN_ALERTS,
    COLUMN_VERDICTS,
    PART_TITLE,
    PART_INTRO,
    PART_ALERTS,
    SPECIFICATION,
    CHART_NOTE,
    VALIDATION_TITLE,
    NO_VALIDATION,
    COLUMN_SECONDARY,
    COLUMN_N,
    COLUMN_MEANS,
    COLUMN_DIFFERENCE,
    COLUMN_TOST_P,
    COLUMN_INTERVAL,
    COLUMN_VERDICT,
    COLUMN_ADDITIONAL,
    CAPABILITY_TITLE,
    COLUMN_LOTS,
    COLUMN_CHART,
    COLUMN_FIRINGS,
    COLUMN_OUT_OF_SPEC,
    LAB_TITLE,
    NO_LAB,
    COLUMN_BIAS,
    COLUMN_LIMITS_OF_AGREEMENT,
    PRIMARY_MARK,
    BACK,
    KIND_RULE_FIRED,
    KIND_OUT_OF_SPEC,
    KIND_NOT_EQUIVALENT,
    KIND_LOW_CAPABILITY,
    KIND_LAB_DISAGREEMENT,
    VERDICT_EQUIVALENT,
    VERDICT_NOT_EQUIVALENT,
    VERDICT_INSUFFICIENT_DATA;

    public static final String BUNDLE = "be.veerkracht.web.quality.quality";

    @Override
    public String bundle() {
        return BUNDLE;
    }
}
