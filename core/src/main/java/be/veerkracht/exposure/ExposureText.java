package be.veerkracht.exposure;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The assessment's actions and their expected effects, as translated message keys ({@code exposure*.properties}). */
public enum ExposureText implements MessageKey {
    ACTION_FIND_SOURCE,
    ACTION_QUALIFY_CANDIDATE,
    ACTION_QUALIFY_SECOND_SOURCE,
    ACTION_DIVERSIFY_OUTSIDE,
    ACTION_SEPARATE_GROUP,
    ACTION_SET_SHORTAGE_COST,
    ACTION_QUALIFY_OR_REALLOCATE,
    ACTION_EXIT_EMBARGOED_SOURCE,
    ACTION_AGREE_FLEX_CAPACITY,
    EFFECT_SOURCED,
    EFFECT_DIVERSIFIED,
    EFFECT_INDEPENDENT,
    EFFECT_VALUED,
    EFFECT_QUALIFIED,
    EFFECT_NO_EMBARGO,
    EFFECT_FLEXIBILITY;

    /** The bundle of findings, actions and effects. */
    public static final String BUNDLE = "be.veerkracht.exposure.exposure";

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
