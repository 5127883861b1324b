package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The words of the scenario text report ({@code be/veerkracht/cli/scenario*.properties}), in EN, NL and FR. */
enum ScenarioLabel implements MessageKey {
    TITLE,
    SOURCE_SNAPSHOT,
    SOURCE_FILE,
    EVENT,
    HORIZON,
    TOTAL,
    PARTS_HEADER,
    COLUMNS,
    NONE,
    MORE,
    ASSUMPTIONS;

    @Override
    public String bundle() {
        return "be.veerkracht.cli.scenario";
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
