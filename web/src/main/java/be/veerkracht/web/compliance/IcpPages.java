package be.veerkracht.web.compliance;

import be.veerkracht.compliance.icp.IcpElement;
import be.veerkracht.compliance.icp.IcpElementState;
import be.veerkracht.web.page.FieldRefusal;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;

/**
 * The ICP page: {@code GET /compliance/icp} and {@code POST /compliance/icp/{element}} (records the element's new
 * state; 303 back to the page, or the page with the reason next to the element's form).
 */
public final class IcpPages {

    private final ComplianceDesk desk;
    private final Views views;
    private final PageHandlers pages;

    public IcpPages(ComplianceDesk desk, Views views, PageHandlers pages) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.views = Objects.requireNonNull(views, "views");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** {@code GET /compliance/icp[?updated=N&audit=SEQ]}. */
    public void page(Context ctx) {
        Labels text = pages.text(ctx);
        String updated = ctx.queryParam("updated");
        String audit = ctx.queryParam("audit");
        String done = updated != null && updated.matches("[1-7]") && audit != null && audit.matches("\\d{1,18}")
                ? text.get(ComplianceText.ICP_UPDATED, updated, audit) : null;
        render(ctx, text, null, null, done, 200);
    }

    /** {@code POST /compliance/icp/{element}}. */
    public void update(Context ctx) {
        Labels text = pages.text(ctx);
        String elementCode = ctx.pathParam("element");
        try {
            IcpElement element = IcpRequest.element(elementCode);
            IcpElementState state = IcpRequest.state(element, new ComplianceInput(ctx::formParam));
            long seq = desk.updateIcp(state, ComplianceDesk.actor(ctx));
            ctx.redirect("/compliance/icp?updated=" + element.number() + "&audit=" + seq, HttpStatus.SEE_OTHER);
        } catch (FieldRefusal refused) {
            render(ctx, text, refused.message(text), elementCode, null, refused.status());
        }
    }

    private void render(Context ctx, Labels text, String error, String errorElement, String done, int status) {
        ComplianceRecords records = CompliancePages.onPage(text, desk::records);
        IcpView view = IcpView.of(text, CompliancePages.mayRecord(ctx), CompliancePages.csrf(ctx),
                records.icp().checklist(), records.today(), error, errorElement, done);
        ctx.status(status).html(views.render("complianceIcp.jte", view, CompliancePages.visitor(ctx)));
    }
}
