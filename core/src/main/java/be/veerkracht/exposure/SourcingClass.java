package be.veerkracht.exposure;

/**
 * How a part's active sources are spread, from worst to best. Checked in this order, so a Chinese pair is
 * {@code SAME_COUNTRY} (and also in one zone), a China + Taiwan pair {@code SAME_FOOTPRINT}.
 */
public enum SourcingClass {
    /** No active source: nothing qualified with a share above 0. */
    NONE,
    /** One active source. */
    SINGLE,
    /** Two or more, all producing in one country. */
    SAME_COUNTRY,
    /** Two or more, all in one geopolitical zone. */
    SAME_ZONE,
    /** Two or more, all inside one named outage footprint (e.g. CN + TW inside TAIWAN_STRAIT). */
    SAME_FOOTPRINT,
    /** Two or more that no single country, zone or footprint takes out together. */
    DIVERSIFIED
}
