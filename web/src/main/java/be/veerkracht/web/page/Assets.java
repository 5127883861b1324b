package be.veerkracht.web.page;

/**
 * The static files the pages load, all served by the application itself (no CDN): its own under
 * {@code /static/app}, htmx vendored under {@code /static/vendor} (see its VERSION file), ECharts from its WebJar.
 */
public final class Assets {

    public static final String STYLESHEET = "/static/app/veerkracht.css";
    public static final String DASHBOARD_SCRIPT = "/static/app/dashboard.js";
    public static final String HTMX = "/static/vendor/htmx/htmx.min.js";
    /** From {@code org.webjars.npm:echarts}; the version must match web/pom.xml (a test fetches it). */
    public static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    private Assets() {
    }
}
