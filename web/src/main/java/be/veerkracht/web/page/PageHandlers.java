package be.veerkracht.web.page;

import be.veerkracht.allocation.CandidateSource;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.BadCandidateField;
import be.veerkracht.web.app.CandidateQuery;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.PartSplits;
import be.veerkracht.web.app.Visitor;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * The server-rendered pages: one method per route, each building a view model in the visitor's language
 * ({@link LanguageChoice}) and rendering its template.
 */
public final class PageHandlers {

    private final LatestAssessment latest;
    private final Views views;
    private final Locale fallback;
    private final PartSplits splits;

    /**
     * @param fallback the language when neither the visitor's cookie nor the browser names one of ours
     * @param splits   the volume splits of the part pages
     */
    public PageHandlers(LatestAssessment latest, Views views, Locale fallback, PartSplits splits) {
        this.latest = latest;
        this.views = views;
        this.fallback = fallback;
        this.splits = splits;
    }

    public void dashboard(Context ctx) {
        Labels text = text(ctx);
        Optional<AssessedSnapshot> assessed = latest.get();
        // the figures change only with the snapshot: computed once per language (docs/benchmarks.md)
        DashboardView view = assessed.map(a -> a.inLanguage(DashboardView.class, text.locale(),
                        () -> DashboardView.of(text, assessed, latest.geography())))
                .orElseGet(() -> DashboardView.of(text, assessed, latest.geography()));
        ctx.html(views.render("dashboard.jte", view, visitor(ctx)));
    }

    public void parts(Context ctx) {
        ctx.html(views.render("parts.jte", partsView(ctx), visitor(ctx)));
    }

    /** The table rows alone, for the search box's htmx request. */
    public void partRows(Context ctx) {
        ctx.html(views.render("partRows.jte", partsView(ctx)));
    }

    /** One part, {@code /parts/{id}}; 404 for an id the newest snapshot does not have. */
    public void part(Context ctx) {
        PartView view = PartView.of(text(ctx), latest.get(), latest.geography(), ctx.pathParam("id"));
        ctx.html(views.render("part.jte", view, visitor(ctx)));
    }

    /** The part page's "Volume split" section alone, {@code /parts/{id}/split}, loaded by htmx; 404 as the part. */
    public void partSplit(Context ctx) {
        PartSplitView view = PartSplitView.of(text(ctx), latest.get(), splits, ctx.pathParam("id"));
        ctx.html(views.render("partSplit.jte", view));
    }

    /**
     * The answer of the part page's "What if we add a supplier?" form, {@code /parts/{id}/split/what-if}, loaded by
     * htmx; 404 as the part. A wrong field is said in the visitor's language: with status 200 to htmx (which swaps
     * only 2xx answers), 400 otherwise.
     */
    public void partSplitWhatIf(Context ctx) {
        Labels text = text(ctx);
        String id = ctx.pathParam("id");
        AssessedSnapshot assessed = PartSplitView.withPart(text, latest.get(), id);
        PartSplitWhatIfView view;
        try {
            CandidateSource candidate = CandidateQuery.form(ctx::queryParam).candidate(latest.geography());
            PartSplits.Settings settings = PartSplits.Settings.PAGE;
            view = PartSplitWhatIfView.of(text, splits.whatIf(assessed, id, candidate, settings),
                    latest.geography());
        } catch (BadCandidateField bad) {
            view = refuse(ctx, text, id, PartSplitWhatIfView.refusal(text, bad));
        } catch (IllegalArgumentException cannot) {
            view = refuse(ctx, text, id, cannot.getMessage());
        }
        ctx.html(views.render("partSplitWhatIf.jte", view));
    }

    private static PartSplitWhatIfView refuse(Context ctx, Labels text, String id, String message) {
        if (!"true".equals(ctx.header("HX-Request"))) {
            ctx.status(400);
        }
        return PartSplitWhatIfView.refused(text, id, message);
    }

    public void suppliers(Context ctx) {
        Labels text = text(ctx);
        Optional<AssessedSnapshot> assessed = latest.get();
        SuppliersView view = assessed.map(a -> a.inLanguage(SuppliersView.class, text.locale(),
                        () -> SuppliersView.of(text, assessed, latest.geography())))
                .orElseGet(() -> SuppliersView.of(text, assessed, latest.geography()));
        ctx.html(views.render("suppliers.jte", view, visitor(ctx)));
    }

    /** One supplier, {@code /suppliers/{id}}; 404 for an id the newest snapshot does not have. */
    public void supplier(Context ctx) {
        SupplierView view = SupplierView.of(text(ctx), latest.get(), latest.geography(), ctx.pathParam("id"));
        ctx.html(views.render("supplier.jte", view, visitor(ctx)));
    }

    /** A full page for a status and message, used by the error mapping in {@code Routes}. */
    public String errorPage(Context ctx, String message) {
        return views.render("error.jte", new ErrorView(text(ctx), message), visitor(ctx));
    }

    /**
     * The login form, with {@code status} (401 after a refused login).
     *
     * @param message what to say about the last attempt, or null
     */
    public void login(Context ctx, int status, String csrfToken, PageText message, String name) {
        Labels text = text(ctx);
        LoginView view = new LoginView(text, csrfToken, name, message == null ? null : text.get(message));
        ctx.status(status).html(views.render("login.jte", view, null));
    }

    /** The texts in the language of this request's visitor; the answer varies by cookie and Accept-Language. */
    public Labels text(Context ctx) {
        ctx.header("Vary", "Accept-Language, Cookie");
        return new Labels(LanguageChoice.of(ctx, fallback));
    }

    private static Visitor visitor(Context ctx) {
        return Visitor.of(ctx).orElse(null);
    }

    private PartsView partsView(Context ctx) {
        return PartsView.of(text(ctx), latest.get(), latest.geography(), ctx::queryParam);
    }
}
