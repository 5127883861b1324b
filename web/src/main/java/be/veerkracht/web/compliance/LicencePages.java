package be.veerkracht.web.compliance;

import be.veerkracht.compliance.licence.Licence;
import be.veerkracht.compliance.licence.LicenceUse;
import be.veerkracht.web.page.FieldRefusal;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The licences page: {@code GET /compliance/licences}, {@code POST /compliance/licences} (adds a licence) and
 * {@code POST /compliance/licences/uses} (records a shipment; the licence in field {@code licence}). A success goes
 * back to the page (303), a refusal shows the page with the reason next to its form (400, 404 or 409).
 */
public final class LicencePages {

    /** Every field of the two forms, kept as entered after a refusal. */
    private static final List<String> FIELDS = List.of("number", "kind", "authorisation", "valid_from", "valid_until",
            "items", "destinations", "quantity_limit", "value_limit_eur", "end_user", "reporting", "licence",
            "shipment", "item", "destination", "quantity", "value_eur", "shipped_on");

    private final ComplianceDesk desk;
    private final Views views;
    private final PageHandlers pages;

    public LicencePages(ComplianceDesk desk, Views views, PageHandlers pages) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.views = Objects.requireNonNull(views, "views");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** {@code GET /compliance/licences[?added=NUMBER|used=SHIPMENT&licence=NUMBER]}. */
    public void page(Context ctx) {
        Labels text = pages.text(ctx);
        String done = null;
        if (ctx.queryParam("added") != null) {
            done = text.get(ComplianceText.LICENCES_ADDED, ctx.queryParam("added"));
        } else if (ctx.queryParam("used") != null) {
            done = text.get(ComplianceText.LICENCES_USE_RECORDED, ctx.queryParam("used"), ctx.queryParam("licence"));
        }
        render(ctx, text, Map.of(), null, null, done, 200);
    }

    /** {@code POST /compliance/licences}. */
    public void add(Context ctx) {
        Labels text = pages.text(ctx);
        try {
            Licence licence = LicenceRequests.licence(new ComplianceInput(ctx::formParam));
            desk.addLicence(licence, ComplianceDesk.actor(ctx));
            ctx.redirect("/compliance/licences?added=" + enc(licence.number()), HttpStatus.SEE_OTHER);
        } catch (FieldRefusal refused) {
            render(ctx, text, entered(ctx), refused.message(text), "add", null, refused.status());
        }
    }

    /** {@code POST /compliance/licences/uses}. */
    public void use(Context ctx) {
        Labels text = pages.text(ctx);
        try {
            ComplianceInput input = new ComplianceInput(ctx::formParam);
            LicenceUse use = LicenceRequests.use(input.name("licence"), input,
                    CompliancePages.onPage(text, () -> desk.records().today()));
            desk.recordUse(use, ComplianceDesk.actor(ctx));
            ctx.redirect("/compliance/licences?used=" + enc(use.shipment()) + "&licence=" + enc(use.licenceNumber()),
                    HttpStatus.SEE_OTHER);
        } catch (FieldRefusal refused) {
            render(ctx, text, entered(ctx), refused.message(text), "use", null, refused.status());
        }
    }

    private void render(Context ctx, Labels text, Map<String, String> form, String error, String errorForm,
                        String done, int status) {
        ComplianceRecords records = CompliancePages.onPage(text, desk::records);
        List<Licence> licences = records.licences().licences();
        LicencesView view = LicencesView.of(text, CompliancePages.mayRecord(ctx), CompliancePages.csrf(ctx),
                licences, records.licences().uses(), ComplianceApiHandlers.alerts().on(records.today(), licences),
                form, error, errorForm, done);
        ctx.status(status).html(views.render("complianceLicences.jte", view, CompliancePages.visitor(ctx)));
    }

    private static Map<String, String> entered(Context ctx) {
        Map<String, String> form = new HashMap<>();
        for (String field : FIELDS) {
            String value = ctx.formParam(field);
            if (value != null) {
                form.put(field, value);
            }
        }
        return form;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
