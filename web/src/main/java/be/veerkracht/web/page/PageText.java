package be.veerkracht.web.page;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/** Every text the pages show, in bundle {@value #BUNDLE} (English base, Dutch, French). */
public enum PageText implements MessageKey {
    APP_NAME,
    NAV_DASHBOARD,
    NAV_PARTS,
    NAV_STRESS_TEST,
    NAV_ACTIONS,
    COMING_SOON,
    DASHBOARD_TITLE,
    SNAPSHOT_LINE,
    TOTAL_PARTS,
    TOTAL_SUPPLIERS,
    TOTAL_SPEND,
    SPEND_BY_ZONE,
    PARTS_PER_CLASS,
    TOP_FINDINGS,
    NO_FINDINGS,
    COLUMN_SEVERITY,
    COLUMN_PART,
    COLUMN_FINDING,
    COLUMN_ACTION,
    COLUMN_CLASS,
    COLUMN_COUNT,
    COLUMN_CRITICALITY,
    COLUMN_SPEND,
    COLUMN_HHI_SUPPLIER,
    COLUMN_HHI_ZONE,
    COLUMN_COUNTRIES,
    NO_SNAPSHOT_TITLE,
    NO_SNAPSHOT_HELP,
    PARTS_TITLE,
    SEARCH_LABEL,
    SEARCH_PLACEHOLDER,
    PARTS_SHOWN,
    NO_MATCH,
    ERROR_TITLE,
    NOT_FOUND,
    INTERNAL_ERROR,
    BAD_CLASS,
    FORBIDDEN,
    LOGIN_TITLE,
    LOGIN_NAME,
    LOGIN_PASSWORD,
    LOGIN_SUBMIT,
    LOGIN_FAILED,
    LOGIN_EXPIRED,
    LOGOUT,
    SIGNED_IN_AS,
    LANGUAGE,
    PART_TITLE,
    PART_NOT_FOUND,
    PART_DESCRIPTION,
    PART_DEMAND,
    PART_SOURCES,
    PART_NO_SOURCES,
    COLUMN_SUPPLIER,
    COLUMN_COUNTRY,
    COLUMN_ZONE,
    COLUMN_SHARE,
    COLUMN_QUALIFIED,
    COLUMN_LEAD_TIME,
    COLUMN_CAPACITY,
    COLUMN_PRICE,
    COLUMN_HHI_COUNTRY,
    YES,
    NO,
    NOT_GIVEN,
    PART_CONCENTRATION,
    PART_FLEXIBILITY,
    PART_WORST_FOOTPRINT,
    PART_FINDINGS,
    PART_NO_FINDINGS,
    CHART_SPEND_AXIS;

    public static final String BUNDLE = "be.veerkracht.web.page.pages";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
