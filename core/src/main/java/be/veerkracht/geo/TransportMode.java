package be.veerkracht.geo;

import java.util.Locale;

/** How goods travel from the producing site to our dock. */
public enum TransportMode {
    SEA, SHORT_SEA, ROAD, RAIL, AIR, BARGE;

    /** The spelling used in files: lower case, e.g. {@code short_sea}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
