package be.veerkracht.sourcing.country;

import java.util.Locale;

/** What happens to candidates that would fail together with the incumbent (same zone or outage footprint). */
public enum DiversificationRule {
    /** Leave them out of the ranking (and of its normalisation). */
    EXCLUDE,
    /**
     * Rank them, but after every candidate that does not share the incumbent's zone or outage footprints, and
     * candidates sharing a sea lane (delay footprint) after those sharing nothing; the method's score is kept.
     */
    PENALISE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
