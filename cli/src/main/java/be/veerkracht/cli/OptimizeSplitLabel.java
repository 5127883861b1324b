package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** The words of the split-optimisation report ({@code be/veerkracht/cli/optimizesplit*.properties}), EN, NL, FR. */
enum OptimizeSplitLabel implements MessageKey {
    TITLE_SINGLE,
    TITLE_PORTFOLIO,
    SOURCE_FILE,
    SOURCE_SNAPSHOT,
    SETTINGS,
    EXACT,
    SAMPLED,
    COLUMNS,
    ROW,
    OPTIMUM,
    CURRENT,
    EIGHTY_TWENTY,
    FIFTY_FIFTY,
    ALLOCATION,
    WHY,
    FRONTIER,
    FRONTIER_ROW,
    PARTS,
    OUT_OF_SAMPLE,
    ACTIONS,
    ACTION_LINE,
    NONE,
    PROGRESS;

    @Override
    public String bundle() {
        return "be.veerkracht.cli.optimizesplit";
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
