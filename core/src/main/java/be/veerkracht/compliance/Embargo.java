package be.veerkracht.compliance;

import be.veerkracht.geo.CountryCode;
import java.util.Objects;

/**
 * A restrictive measure on a destination.
 *
 * @param kind what it does to the decision
 */
public record Embargo(String id, String text, String source, Confidence confidence, CountryCode country, Kind kind)
        implements ExportRule {

    /** What an embargo does to a decision. */
    public enum Kind {
        /** Sanctions forbid the export of Annex I items (e.g. Reg. (EU) 833/2014, Art. 2, for Russia): PROHIBITED. */
        DUAL_USE_BAN,
        /**
         * An EU arms embargo on the state: listed items need an individual licence (no general authorisation), and
         * a military end use triggers the catch-all of Art. 4(1)(b) of Reg. (EU) 2021/821.
         */
        ARMS_EMBARGO,
        /** An embargo on non-state actors or parts of a country: a review flag, screen the end user. */
        PARTIAL_ARMS_EMBARGO
    }

    public Embargo {
        ExportRule.requireCommon(id, text, source, confidence);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
    }
}
