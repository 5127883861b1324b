package be.veerkracht.quality.spc;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The explanations of the control charts, translated in {@code spc*.properties} (EN, NL, FR). */
public enum SpcText implements MessageKey {
    LIMITS_INDIVIDUALS,
    LIMITS_XBAR_R,
    LIMITS_XBAR_S,
    DISPERSION_OUT_OF_LIMITS,
    RULES_APPLIED,
    NO_SIGNAL;

    public static final String BUNDLE = "be.veerkracht.quality.spc.spc";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
