package be.veerkracht.exposure.recovery;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The time-to-survive actions, their why and effect, as translated message keys ({@code recovery*.properties}). */
public enum RecoveryText implements MessageKey {
    ACTION_STOCK_OR_OTHER_SUPPLIER,
    ACTION_STOCK_OR_OUTSIDE,
    WHY_SHORT_BEFORE_RECOVERY,
    EFFECT_SURVIVES_RECOVERY;

    public static final String BUNDLE = "be.veerkracht.exposure.recovery.recovery";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        String name = name().toLowerCase(Locale.ROOT);
        int split = name.indexOf('_');
        return name.substring(0, split) + "." + name.substring(split + 1);
    }
}
