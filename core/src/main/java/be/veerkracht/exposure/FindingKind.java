package be.veerkracht.exposure;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/**
 * What the assessment can find wrong with a part (documented in docs/exposure.md), with how much exposure each
 * means on a 0..1 scale for ranking ({@link FindingRules}).
 */
public enum FindingKind implements MessageKey {
    /** No qualified source with a share above 0. */
    NO_SOURCE(1.0),
    /** Produced in a country under an EU arms embargo. */
    EMBARGOED_ORIGIN(1.0),
    /** One active source. */
    SINGLE_SOURCE(0.8),
    /** Two or more active sources, all inside one named outage footprint. */
    SAME_FOOTPRINT(0.7),
    /** Two or more active sources, all in one country. */
    SAME_COUNTRY(0.6),
    /** A planned share with a source that is not qualified. */
    UNQUALIFIED_SHARE(0.6),
    /** Two or more active sources, all in one zone. */
    SAME_ZONE(0.5),
    /** Two or more active sources, all one supplier or one parent group. */
    SAME_PARENT_GROUP(0.5),
    /** Two or more active sources, but the rest cannot make up for the largest. */
    LOW_FLEXIBILITY(0.4),
    /** A critical part with neither margin nor shortage cost: its shortage cannot be valued. */
    NO_SHORTAGE_COST(0.3);

    private final double exposureWeight;

    FindingKind(double exposureWeight) {
        this.exposureWeight = exposureWeight;
    }

    /** How much of the part's supply the finding puts at risk, 0..1, for ranking (a judgement, documented). */
    public double exposureWeight() {
        return exposureWeight;
    }

    @Override
    public String bundle() {
        return ExposureText.BUNDLE;
    }

    @Override
    public String key() {
        return "finding." + name().toLowerCase(Locale.ROOT);
    }
}
