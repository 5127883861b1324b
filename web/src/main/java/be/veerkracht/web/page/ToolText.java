package be.veerkracht.web.page;

/** Every text of the tooling register page {@code /tools}, in bundle {@value #BUNDLE} (EN, NL, FR). */
public enum ToolText implements WebText {
    NAV,
    TITLE,
    INTRO,
    METHOD_TITLE,
    METHOD,
    SETTINGS,
    NONE,
    SHOWN,
    COLUMN_TOOL,
    COLUMN_SUPPLIER,
    COLUMN_PARTS,
    COLUMN_STOP_DAYS,
    COLUMN_STOP_DAYS_WITH,
    COLUMN_COST_PER_DAY,
    COLUMN_LOSS,
    COLUMN_LOSS_P95,
    COLUMN_SECOND_TOOL,
    COLUMN_INVESTMENT,
    COLUMN_SAVING,
    COLUMN_PAYBACK,
    COLUMN_NPV,
    DAYS,
    MONTHS,
    NO_PAYBACK,
    SECOND_TWIN,
    SECOND_EXISTING,
    MISSING_NO_LINK,
    MISSING_NO_COST,
    MISSING_OTHER;

    public static final String BUNDLE = "be.veerkracht.web.page.tools";

    @Override
    public String bundle() {
        return BUNDLE;
    }
}
