package be.veerkracht.web.screening;

import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.store.user.Permission;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.Visitor;
import be.veerkracht.web.page.FieldRefusal;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageError;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The screening page: {@code GET /screening} (the lists in use, the newest snapshot screened live and not recorded,
 * {@code ?open=true} for the hits still to review, {@code ?name=&country=} to show one name again unrecorded),
 * {@code POST /screening/names} (one name, recorded) and {@code POST /screening/reviews} (a decision, recorded; 303
 * back to the page).
 */
public final class ScreeningPages {

    private final ScreeningDesk desk;
    private final Views views;
    private final PageHandlers pages;

    public ScreeningPages(ScreeningDesk desk, Views views, PageHandlers pages) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.views = Objects.requireNonNull(views, "views");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** {@code GET /screening[?open=true][&name=&country=][&reviewed=SEQ]}. */
    public void page(Context ctx) {
        Labels text = pages.text(ctx);
        ScreeningView.NameForm form = new ScreeningView.NameForm(ctx.queryParam("name"), ctx.queryParam("country"));
        ScreeningView.NameResult name = null;
        String error = null;
        if (!form.name().isBlank() && desk.available() && !desk.versions().isEmpty()) {
            try {
                ScreeningInput.NameRequest request = new ScreeningInput(ctx::queryParam).name();
                name = ScreeningView.NameResult.of(text, form, desk.screenName(request, null));
            } catch (FieldRefusal refused) {
                error = refused.message(text);
            }
        }
        String reviewed = ctx.queryParam("reviewed");
        String done = reviewed == null || !reviewed.matches("\\d{1,18}") ? null
                : text.get(ScreeningText.REVIEW_DONE, reviewed);
        render(ctx, text, form, name, error, done, 200);
    }

    /** {@code POST /screening/names}: one name screened and recorded; shown with the page, or 400 next to the form. */
    public void screenName(Context ctx) {
        Labels text = pages.text(ctx);
        ScreeningView.NameForm form = new ScreeningView.NameForm(ctx.formParam("name"), ctx.formParam("country"));
        try {
            ScreeningInput.NameRequest request = new ScreeningInput(ctx::formParam).name();
            ScreeningResult result = desk.screenName(request, ScreeningDesk.actor(ctx));
            render(ctx, text, form, ScreeningView.NameResult.of(text, form, result), null, null, 200);
        } catch (FieldRefusal refused) {
            render(ctx, text, form, null, refused.message(text), null, refused.status());
        }
    }

    /** {@code POST /screening/reviews}: records the decision; 303 back (to the name when it was a name's hit). */
    public void review(Context ctx) {
        Labels text = pages.text(ctx);
        try {
            ScreeningInput.ReviewRequest request = new ScreeningInput(ctx::formParam).review();
            long seq = desk.review(request, ScreeningDesk.actor(ctx)).auditSeq();
            String back = "/screening?reviewed=" + seq + returnTo(ctx.formParam("return_name"),
                    ctx.formParam("return_country"));
            ctx.redirect(back, HttpStatus.SEE_OTHER);
        } catch (FieldRefusal refused) {
            render(ctx, text, new ScreeningView.NameForm(null, null), null, refused.message(text), null,
                    refused.status());
        }
    }

    private static String returnTo(String name, String country) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + (country == null || country.isBlank() ? "" : "&country=" + URLEncoder.encode(country,
                StandardCharsets.UTF_8));
    }

    private void render(Context ctx, Labels text, ScreeningView.NameForm form, ScreeningView.NameResult name,
                        String error, String done, int status) {
        if (!desk.available()) {
            throw new PageError(404, text.get(ScreeningText.UNAVAILABLE));
        }
        boolean openOnly = "true".equals(ctx.queryParam("open"));
        List<ListRow> inUse = desk.inUse().stream().map(v -> ListRow.of(text, v)).toList();
        Optional<AssessedSnapshot> snapshot = desk.maybeSnapshot();
        ScreeningResult live = inUse.isEmpty() || snapshot.isEmpty() ? null : desk.live(snapshot.get());
        ScreeningView view = new ScreeningView(text, !inUse.isEmpty(), snapshot.isPresent(), mayRecord(ctx),
                csrf(ctx), inUse, live == null ? null : ScreeningView.summary(text, live), openOnly,
                live == null ? List.of() : ScreeningView.rows(text, live, openOnly),
                live == null ? List.of() : ConcernRow.of(text, live.countries()), form, name, error, done);
        ctx.status(status).html(views.render("screening.jte", view, visitor(ctx)));
    }

    static Visitor visitor(Context ctx) {
        return Visitor.of(ctx).orElse(null);
    }

    /** Whether the visitor sees the forms: the compliance and administrator roles. */
    static boolean mayRecord(Context ctx) {
        return Visitor.of(ctx).map(v -> v.role().may(Permission.RECORD_COMPLIANCE)).orElse(false);
    }

    static String csrf(Context ctx) {
        return Visitor.of(ctx).map(Visitor::csrfToken).orElse(null);
    }
}
