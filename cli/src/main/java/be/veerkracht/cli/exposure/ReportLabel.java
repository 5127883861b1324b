package be.veerkracht.cli.exposure;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The words of the text report ({@code be/veerkracht/cli/exposure/report*.properties}), in EN, NL and FR. */
public enum ReportLabel implements MessageKey {
    TITLE,
    SOURCE_SNAPSHOT,
    SOURCE_FILE,
    GEOGRAPHY,
    PORTFOLIO,
    SPEND_BY_ZONE,
    TOP_COUNTRIES,
    SOURCING,
    CLASS_NONE,
    CLASS_SINGLE,
    CLASS_SAME_COUNTRY,
    CLASS_SAME_ZONE,
    CLASS_SAME_FOOTPRINT,
    CLASS_DIVERSIFIED,
    CRITICAL_SINGLE,
    FINDINGS,
    KIND_HEADER,
    KIND_NO_SOURCE,
    KIND_EMBARGOED_ORIGIN,
    KIND_SINGLE_SOURCE,
    KIND_SAME_FOOTPRINT,
    KIND_SAME_COUNTRY,
    KIND_UNQUALIFIED_SHARE,
    KIND_SAME_ZONE,
    KIND_SAME_PARENT_GROUP,
    KIND_LOW_FLEXIBILITY,
    KIND_NO_SHORTAGE_COST,
    FINDING_PART,
    SEVERITY_HIGH,
    SEVERITY_MEDIUM,
    SEVERITY_LOW,
    MORE,
    FULL_LIST;

    @Override
    public String bundle() {
        return "be.veerkracht.cli.exposure.report";
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
