package be.veerkracht.allocation;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The explanations and actions of the split optimisation, as translated message keys ({@code allocation*.properties}). */
public enum AllocationText implements MessageKey {
    EXPORT_EXCLUDED,
    EXPORT_LICENCE,
    EXPORT_CLASSIFY_FIRST,
    SHARED_FOOTPRINT,
    SHARED_ZONE,
    SHARED_SUPPLIER,
    SEPARATE_RISKS,
    PRICE_GAP_WINS,
    TAIL_DRIVES,
    CAPACITY_BINDS,
    HEDGE,
    RULE_BREAKS_CAPACITY,
    MIN_SHARE,
    DEMAND_NOT_COVERABLE,
    ACTION_MOVE,
    ACTION_WHY,
    ACTION_EFFECT;

    public static final String BUNDLE = "be.veerkracht.allocation.allocation";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
