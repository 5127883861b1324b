package be.veerkracht.exposure.recovery;

import java.util.Locale;

/** What a disrupted node is: one supplier, one of its sites, an outage footprint, or a zone. */
public enum NodeKind {
    SUPPLIER, SITE, FOOTPRINT, ZONE;

    /** The spelling in JSON and on the command line: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
