package be.veerkracht.compliance;

import java.util.Locale;

/**
 * How far a row of the rule data has been checked against its source. A rule that is not {@link #VERIFIED} and
 * takes part in a decision raises a review flag: the data does not claim more certainty than it has.
 */
public enum Confidence {
    /** Checked against the legal text or an official consolidated version. */
    VERIFIED,
    /** From a secondary source (an authority's guidance page, a law-firm summary). */
    SECONDARY,
    /** Compiled from memory or a list marked "verify": check before relying on it. */
    UNVERIFIED,
    /** A modelling choice (e.g. screening keywords), not a legal statement. */
    JUDGEMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
