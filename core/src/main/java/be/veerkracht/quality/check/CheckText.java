package be.veerkracht.quality.check;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The review's explanations and alert reasons, translated in {@code check*.properties} (EN, NL, FR). */
public enum CheckText implements MessageKey {
    SUMMARY,
    CHART_SOURCE,
    BASELINE,
    LOTS_LEFT_OUT,
    TOO_FEW_LOTS,
    SUBGROUP_TOO_LARGE,
    NO_CHART,
    NO_CAPABILITY,
    NO_PRIMARY,
    PRIMARY_NO_DATA,
    ALERT_RULE,
    ALERT_OUT_OF_SPEC,
    ALERT_NOT_EQUIVALENT,
    ALERT_LOW_CAPABILITY,
    ALERT_LAB_DISAGREES;

    public static final String BUNDLE = "be.veerkracht.quality.check.check";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
