package be.veerkracht.web.compliance;

import be.veerkracht.compliance.ItemKind;
import be.veerkracht.store.compliance.ExportRegister;
import be.veerkracht.store.compliance.ItemRef;
import be.veerkracht.store.compliance.RegisterEntry;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The register pages: {@code GET /compliance} (the register, {@code ?unclassified=true} to filter),
 * {@code GET /compliance/items/{kind}/{id}} (an item, its guided classification form and history) and
 * {@code POST} to the same path (records the classification, then back to the item's page).
 */
public final class CompliancePages {

    private final ComplianceDesk desk;
    private final Views views;
    private final PageHandlers pages;

    public CompliancePages(ComplianceDesk desk, Views views, PageHandlers pages) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.views = Objects.requireNonNull(views, "views");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** {@code GET /compliance}. */
    public void register(Context ctx) {
        Labels text = pages.text(ctx);
        boolean unclassified = "true".equals(ctx.queryParam("unclassified"));
        Optional<AssessedSnapshot> snapshot = desk.maybeSnapshot();
        RegisterView view = snapshot.isEmpty() ? RegisterView.empty(text)
                : RegisterView.of(text, onPage(text, () -> desk.register(snapshot.get()).entries()), unclassified);
        ctx.html(views.render("compliance.jte", view, visitor(ctx)));
    }

    /** {@code GET /compliance/items/{kind}/{id}[?recorded=SEQ]}. */
    public void item(Context ctx) {
        Labels text = pages.text(ctx);
        ItemRef item = item(ctx, text);
        RegisterEntry entry = entry(text, item);
        String recorded = ctx.queryParam("recorded");
        String done = recorded == null || !recorded.matches("\\d{1,18}") ? null : text.get(ComplianceText.CLASSIFY_DONE,
                item.toString(), ComplianceWords.status(text, entry.status()), recorded);
        String user = Visitor.of(ctx).map(Visitor::name).orElse("");
        render(ctx, text, entry, ItemView.defaults(user, desk.records().today().toString()), null, done, 200);
    }

    /** {@code POST /compliance/items/{kind}/{id}}: records the classification; 303 back, or 400 with the reason. */
    public void classify(Context ctx) {
        Labels text = pages.text(ctx);
        ItemRef item = item(ctx, text);
        RegisterEntry entry = entry(text, item);
        ItemView.Form form = new ItemView.Form(ctx.formParam("status"), ctx.formParam("category"),
                ctx.formParam("group"), ctx.formParam("code"), ctx.formParam("reason"), ctx.formParam("classified_by"),
                ctx.formParam("classified_on"), ctx.formParam("evidence"));
        try {
            ClassificationRequest request = ClassificationRequest.read(item, new ComplianceInput(ctx::formParam),
                    desk.records().today());
            long seq = desk.classify(request, ComplianceDesk.actor(ctx)).auditSeq();
            ctx.redirect(ComplianceWords.itemPath(item) + "?recorded=" + seq, HttpStatus.SEE_OTHER);
        } catch (FieldRefusal refused) {
            render(ctx, text, entry, form, refused.message(text), null, 400);
        }
    }

    private void render(Context ctx, Labels text, RegisterEntry entry, ItemView.Form form, String error, String done,
                        int status) {
        ComplianceRecords records = desk.records();
        ItemView view = ItemView.of(text, entry, mayRecord(ctx), csrf(ctx), form, error, done,
                records.classifications().history(entry.item()), records.checks().of(entry.item()));
        ctx.status(status).html(views.render("complianceItem.jte", view, visitor(ctx)));
    }

    private ItemRef item(Context ctx, Labels text) {
        String kind = ctx.pathParam("kind").toUpperCase(Locale.ROOT);
        if (!kind.equals("PART") && !kind.equals("PRODUCT")) {
            throw new PageError(404, text.get(ComplianceText.ITEM_NOT_FOUND));
        }
        return new ItemRef(ItemKind.valueOf(kind), ctx.pathParam("id"));
    }

    private RegisterEntry entry(Labels text, ItemRef item) {
        return onPage(text, () -> {
            ExportRegister register = desk.register(desk.snapshot());
            return register.entry(item).orElseThrow(() -> new PageError(404, text.get(ComplianceText.ITEM_NOT_FOUND)));
        });
    }

    /** A refusal of the desk (no records, no snapshot) as an error page in the visitor's language. */
    static <T> T onPage(Labels text, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (FieldRefusal refused) {
            throw new PageError(refused.status(), refused.message(text));
        }
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
