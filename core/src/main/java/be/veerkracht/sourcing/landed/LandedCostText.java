package be.veerkracht.sourcing.landed;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/**
 * The explanations of the landed-cost lines, translated in {@code landed*.properties} (EN, NL, FR). Numbers are
 * passed formatted with decimal points; texts from the reference data (a distance note, a duty rule, a rate's
 * source) are passed as given ({@link #GIVEN}).
 */
public enum LandedCostText implements MessageKey {
    GIVEN,
    PER_YEAR,
    PRICE,
    FREIGHT_NO_WEIGHT,
    FREIGHT_NO_ROUTE,
    FREIGHT_NO_RATE,
    FREIGHT_MINIMUM,
    FREIGHT_TONNE_KM,
    MODE_ASSUMED,
    RATE,
    DUTY_CIF,
    DUTY_PRICE_ONLY,
    PIPELINE_FROM_LINK,
    PIPELINE_FROM_REFERENCE,
    PIPELINE_UNKNOWN,
    SAFETY_STOCK,
    NO_EOQ,
    CYCLE_STOCK,
    ORDERING,
    CARBON;

    public static final String BUNDLE = "be.veerkracht.sourcing.landed.landed";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
