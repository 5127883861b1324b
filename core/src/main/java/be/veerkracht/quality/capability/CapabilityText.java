package be.veerkracht.quality.capability;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The explanations of a capability study, translated in {@code capability*.properties} (EN, NL, FR). */
public enum CapabilityText implements MessageKey {
    SIGMA_MOVING_RANGE,
    SIGMA_RANGE,
    SIGMA_STANDARD_DEVIATION,
    SIGMA_OVERALL,
    INDICES_TWO_SIDED,
    INDICES_LOWER_ONLY,
    INDICES_UPPER_ONLY,
    INTERVAL_CHI_SQUARE,
    INTERVAL_BISSELL,
    NORMALITY_OK,
    NORMALITY_REJECTED,
    NORMALITY_NOT_TESTED,
    ASSUMES_CONTROL,
    FEW_OBSERVATIONS;

    public static final String BUNDLE = "be.veerkracht.quality.capability.capability";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
