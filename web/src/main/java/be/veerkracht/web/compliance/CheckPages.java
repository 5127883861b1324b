package be.veerkracht.web.compliance;

import be.veerkracht.compliance.icp.RedFlag;
import be.veerkracht.store.compliance.RegisterEntry;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.page.FieldRefusal;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The export check page: {@code GET /compliance/check} (the form and the latest checks) and {@code POST} (checks,
 * records, and shows the decision). The red-flag answers (checkboxes {@code red_flag}, one per {@link RedFlag}) are
 * shown with the decision and not stored: the record keeps what the engine decided on.
 */
public final class CheckPages {

    /** How many of the latest checks the page lists. */
    static final int LATEST = 20;

    private final ComplianceDesk desk;
    private final Views views;
    private final PageHandlers pages;

    public CheckPages(ComplianceDesk desk, Views views, PageHandlers pages) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.views = Objects.requireNonNull(views, "views");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** {@code GET /compliance/check[?item_kind=&item_id=]}: the form, prefilled from the register's links. */
    public void page(Context ctx) {
        Labels text = pages.text(ctx);
        CheckView.Form form = CheckView.Form.empty();
        if (ctx.queryParam("item_id") != null) {
            form = new CheckView.Form(Optional.ofNullable(ctx.queryParam("item_kind")).orElse("part"),
                    ctx.queryParam("item_id"), null, null, "unspecified", "goods");
        }
        render(ctx, text, form, EnumSet.noneOf(RedFlag.class), null, null, 200);
    }

    /** {@code POST /compliance/check}: the decision, recorded; 400 with the reason next to the form. */
    public void check(Context ctx) {
        Labels text = pages.text(ctx);
        CheckView.Form form = new CheckView.Form(ctx.formParam("item_kind"), ctx.formParam("item_id"),
                ctx.formParam("destination"), ctx.formParam("end_use"), ctx.formParam("end_use_category"),
                ctx.formParam("transfer"));
        Set<RedFlag> yes = ctx.formParams("red_flag").stream()
                .flatMap(code -> Arrays.stream(RedFlag.values()).filter(f -> f.code().equals(code)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RedFlag.class)));
        try {
            CheckRequest request = CheckRequest.read(new ComplianceInput(ctx::formParam));
            ComplianceDesk.CheckOutcome outcome = desk.check(request, ComplianceDesk.actor(ctx));
            render(ctx, text, form, yes, DecisionView.of(text, outcome, List.copyOf(yes)), null, 200);
        } catch (FieldRefusal refused) {
            render(ctx, text, form, yes, null, refused.message(text), refused.status());
        }
    }

    private void render(Context ctx, Labels text, CheckView.Form form, Set<RedFlag> yes, DecisionView result,
                        String error, int status) {
        Optional<AssessedSnapshot> snapshot = desk.maybeSnapshot();
        List<String> ids = snapshot.map(s -> CompliancePages.onPage(text, () -> desk.register(s).entries()).stream()
                .map(RegisterEntry::item).map(item -> item.id()).distinct().toList()).orElse(List.of());
        List<CheckRow> latest = CompliancePages.onPage(text, () -> desk.records().checks().latest(LATEST)).stream()
                .map(c -> CheckRow.of(text, c)).toList();
        CheckView view = CheckView.of(text, snapshot.isPresent(), CompliancePages.mayRecord(ctx),
                CompliancePages.csrf(ctx), form, yes, ids, result, error, latest);
        ctx.status(status).html(views.render("complianceCheck.jte", view, CompliancePages.visitor(ctx)));
    }
}
