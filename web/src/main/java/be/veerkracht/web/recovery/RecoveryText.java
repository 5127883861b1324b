package be.veerkracht.web.recovery;

import be.veerkracht.web.page.WebText;

/** Every text of the time-to-survive page, in bundle {@value #BUNDLE} (EN, NL, FR). */
public enum RecoveryText implements WebText {
    NAV,
    TITLE,
    INTRO,
    FILTER_KIND,
    FILTER_ALL,
    FILTER_APPLY,
    KINDS_SUPPLIER,
    KINDS_SITE,
    KINDS_FOOTPRINT,
    KINDS_ZONE,
    KIND_SUPPLIER,
    KIND_SITE,
    KIND_FOOTPRINT,
    KIND_ZONE,
    FIGURE_NODES,
    FIGURE_EXPOSED,
    FIGURE_LARGEST_IMPACT,
    CHART_TITLE,
    CHART_HELP,
    CHART_TTR_AXIS,
    CHART_TTS_AXIS,
    CHART_DIAGONAL,
    CHART_EXPOSED,
    CHART_NEVER,
    CHART_EMPTY,
    TOOLTIP_NODE,
    TOOLTIP_KIND,
    TOOLTIP_TTR,
    TOOLTIP_TTS,
    TOOLTIP_IMPACT,
    EXPOSED_TITLE,
    EXPOSED_HELP,
    EXPOSED_NONE,
    COLUMN_NODE,
    COLUMN_KIND,
    COLUMN_TTR,
    COLUMN_TTS,
    COLUMN_IMPACT,
    COLUMN_INDEX,
    COLUMN_PARTS,
    COLUMN_PART,
    COLUMN_LOST_UNITS,
    COLUMN_LOSS,
    COLUMN_PART_TTS,
    COLUMN_ACTION,
    COLUMN_WHY,
    PARTS_COUNT,
    DAYS,
    UNITS,
    NEVER,
    TTR_BASIS,
    ACTIONS_TITLE,
    ACTIONS_HELP,
    ACTIONS_NONE,
    ASSUMPTIONS_TITLE,
    ASSUMPTIONS_LANGUAGE,
    VERSIONS,
    BAD_KIND;

    public static final String BUNDLE = "be.veerkracht.web.recovery.recovery";

    @Override
    public String bundle() {
        return BUNDLE;
    }
}
