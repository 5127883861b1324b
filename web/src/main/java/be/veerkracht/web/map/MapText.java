package be.veerkracht.web.map;

import be.veerkracht.web.page.WebText;

/** Every text of the risk map, on the page and in the data its chart draws, in bundle {@value #BUNDLE}. */
public enum MapText implements WebText {
    MAP_TITLE,
    MAP_INTRO,
    OVERLAY_LABEL,
    OVERLAY_ZONE,
    OVERLAY_STABILITY,
    OVERLAY_TRADE,
    OVERLAY_ARMS_EMBARGO,
    OVERLAY_FOOTPRINT,
    OVERLAY_FOOTPRINTS_GROUP,
    LEGEND,
    LEGEND_MARKERS,
    LEGEND_LANES,
    LEGEND_FLAGS,
    LEGEND_NO_DATA,
    STABILITY_LOW,
    STABILITY_HIGH,
    TRADE_EU,
    TRADE_EEA_OR_CUSTOMS_UNION,
    TRADE_FTA,
    TRADE_MFN,
    TRADE_SANCTIONED,
    EMBARGO_YES,
    EMBARGO_NO,
    FOOTPRINT_STOPPED,
    FOOTPRINT_PASSES,
    FOOTPRINT_OUTSIDE,
    CAPTION_SOURCE,
    CAPTION_LANES,
    CAPTION_POINTS,
    TOOLTIP_SPEND,
    TOOLTIP_SUPPLIERS,
    TOOLTIP_ZONE,
    TOOLTIP_LANE,
    TOOLTIP_FLAG,
    TOOLTIP_SAME_COUNTRY,
    FLAGGED_TITLE,
    FLAGGED_HELP,
    FLAGGED_NONE,
    COLUMN_PART,
    COLUMN_CLASS,
    COLUMN_COUNTRIES,
    COLUMN_SHARED,
    COLUMN_SPEND,
    SHARED_ZONE,
    SHARED_FOOTPRINT,
    UNPLACED,
    LOADING,
    LOAD_FAILED,
    NO_SCRIPT;

    public static final String BUNDLE = "be.veerkracht.web.map.map";

    @Override
    public String bundle() {
        return BUNDLE;
    }
}
