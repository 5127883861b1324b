package be.veerkracht.web.page;

import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.Visitor;
import io.javalin.http.Context;
import java.util.Locale;

/** The server-rendered pages: one method per route, each building a view model and rendering its template. */
public final class PageHandlers {

    private final LatestAssessment latest;
    private final Views views;
    private final Labels text;

    /** @param locale the pages' language; English until the language choice comes with the user settings */
    public PageHandlers(LatestAssessment latest, Views views, Locale locale) {
        this.latest = latest;
        this.views = views;
        this.text = new Labels(locale);
    }

    public void dashboard(Context ctx) {
        ctx.html(views.render("dashboard.jte", DashboardView.of(text, latest.get()), visitor(ctx)));
    }

    public void parts(Context ctx) {
        ctx.html(views.render("parts.jte", partsView(ctx), visitor(ctx)));
    }

    /** The table rows alone, for the search box's htmx request. */
    public void partRows(Context ctx) {
        ctx.html(views.render("partRows.jte", partsView(ctx)));
    }

    /** A full page for a status and message, used by the error mapping in {@code Routes}. */
    public String errorPage(Context ctx, String message) {
        return views.render("error.jte", new ErrorView(text, message), visitor(ctx));
    }

    /**
     * The login form, with {@code status} (401 after a refused login).
     *
     * @param message what to say about the last attempt, or null
     */
    public void login(Context ctx, int status, String csrfToken, PageText message, String name) {
        LoginView view = new LoginView(text, csrfToken, name, message == null ? null : text.get(message));
        ctx.status(status).html(views.render("login.jte", view, null));
    }

    public Labels text() {
        return text;
    }

    private static Visitor visitor(Context ctx) {
        return Visitor.of(ctx).orElse(null);
    }

    private PartsView partsView(Context ctx) {
        return PartsView.of(text, latest.get(), ctx.queryParam("q"), ctx.queryParam("class"));
    }
}
