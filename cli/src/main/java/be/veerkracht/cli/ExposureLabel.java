package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The words of the time-to-survive text report ({@code be/veerkracht/cli/exposure*.properties}), EN, NL, FR. */
enum ExposureLabel implements MessageKey {
    TITLE,
    SOURCE_SNAPSHOT,
    SOURCE_FILE,
    SUMMARY,
    NODES_HEADER,
    COLUMNS,
    NEVER,
    EXPOSED,
    PARTS,
    MORE,
    NONE_EXPOSED,
    ACTIONS_HEADER,
    ASSUMPTIONS,
    VERSIONS;

    @Override
    public String bundle() {
        return "be.veerkracht.cli.exposure";
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
