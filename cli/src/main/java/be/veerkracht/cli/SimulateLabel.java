package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The words of the stress-test text report ({@code be/veerkracht/cli/simulate*.properties}), in EN, NL and FR. */
enum SimulateLabel implements MessageKey {
    TITLE,
    SOURCE_SNAPSHOT,
    SOURCE_FILE,
    SETTINGS,
    REPLENISHMENT_REORDER_POINT,
    EXPECTED,
    RISK,
    STOCKOUT,
    PARTS_HEADER,
    PART_COLUMNS,
    CONTRIBUTORS,
    BY_SUPPLIER,
    BY_COUNTRY,
    BY_ZONE,
    BY_EVENT,
    ACTIONS,
    ACTION_LINE,
    NONE,
    EXCLUDED,
    ASSUMPTIONS,
    RATES,
    RATE_LINE,
    VERSIONS,
    PROGRESS;

    @Override
    public String bundle() {
        return "be.veerkracht.cli.simulate";
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
