package be.veerkracht.web.compliance;

import be.veerkracht.compliance.icp.IcpElement;
import be.veerkracht.compliance.icp.IcpElementState;
import be.veerkracht.compliance.icp.RedFlag;
import be.veerkracht.compliance.licence.Licence;
import be.veerkracht.compliance.licence.LicenceAlerts;
import be.veerkracht.compliance.licence.LicenceUse;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.compliance.Classification;
import be.veerkracht.store.compliance.ExportRegister;
import be.veerkracht.web.api.ApiError;
import be.veerkracht.web.api.ComplianceDocuments;
import be.veerkracht.web.api.ExportDecisionDocument;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.page.FieldRefusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The export-control API under {@code /api/v1/compliance}: one method per route, each reading its body or path
 * through {@link ComplianceInput}, calling the {@link ComplianceDesk} and answering {@link ComplianceDocuments} or
 * {@link ExportDecisionDocument}. Refusals become {@code {"error", "details"}} with 400, 404 or 409.
 */
public final class ComplianceApiHandlers {

    /** Most checks {@code GET /checks} answers, and its default. */
    static final int MAX_CHECKS = 1000;
    static final int DEFAULT_CHECKS = 100;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ComplianceDesk desk;

    public ComplianceApiHandlers(ComplianceDesk desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    /** {@code GET /api/v1/compliance/register}. */
    public void register(Context ctx) {
        answer(ctx, () -> {
            AssessedSnapshot snapshot = desk.snapshot();
            Json.respond(ctx, 200, ComplianceDocuments.register(snapshot.snapshot().info().id(),
                    desk.register(snapshot).entries()));
        });
    }

    /** {@code POST /api/v1/compliance/checks}: checks and records; 201 with the decision. */
    public void check(Context ctx) {
        answer(ctx, () -> {
            CheckRequest request = CheckRequest.read(body(ctx));
            ComplianceDesk.CheckOutcome outcome = desk.check(request, ComplianceDesk.actor(ctx));
            Json.respond(ctx, 201, ExportDecisionDocument.of(outcome.entry(), outcome.decision(), outcome.recorded()));
        });
    }

    /** {@code GET /api/v1/compliance/checks?limit=}: the latest checks, newest first. */
    public void checks(Context ctx) {
        answer(ctx, () -> {
            int limit = limit(ctx.queryParam("limit"));
            Json.respond(ctx, 200, ComplianceDocuments.checks(desk.records().checks().latest(limit)));
        });
    }

    /** {@code POST /api/v1/compliance/classifications}: 201 with the item as it now stands. */
    public void classify(Context ctx) {
        answer(ctx, () -> {
            ComplianceInput input = body(ctx);
            ClassificationRequest request = ClassificationRequest.read(input.item(), input, desk.records().today());
            Classification saved = desk.classify(request, ComplianceDesk.actor(ctx));
            ExportRegister register = desk.register(desk.snapshot());
            Json.respond(ctx, 201, ComplianceDocuments.classification(desk.entry(register, request.item()), saved));
        });
    }

    /** {@code GET /api/v1/compliance/licences}: licences, their use, and today's alerts. */
    public void licences(Context ctx) {
        answer(ctx, () -> {
            ComplianceRecords records = desk.records();
            List<Licence> licences = records.licences().licences();
            Json.respond(ctx, 200, ComplianceDocuments.licences(records.today(), licences, records.licences().uses(),
                    alerts().on(records.today(), licences)));
        });
    }

    /** {@code POST /api/v1/compliance/licences}: 201 with the licence. */
    public void addLicence(Context ctx) {
        answer(ctx, () -> {
            Licence licence = desk.addLicence(LicenceRequests.licence(body(ctx)), ComplianceDesk.actor(ctx));
            Json.respond(ctx, 201, ComplianceDocuments.licence(Json.object(), licence));
        });
    }

    /** {@code POST /api/v1/compliance/licences/{number}/uses}: a shipment under the licence; {@code ~} is {@code /}. */
    public void recordUse(Context ctx) {
        answer(ctx, () -> {
            String number = ctx.pathParam("number").replace('~', '/');
            LicenceUse use = LicenceRequests.use(number, body(ctx), desk.records().today());
            Json.respond(ctx, 201, ComplianceDocuments.use(Json.object(), desk.recordUse(use,
                    ComplianceDesk.actor(ctx))));
        });
    }

    /** {@code GET /api/v1/compliance/icp}: the seven elements as of today and the red-flag questions. */
    public void icp(Context ctx) {
        answer(ctx, () -> {
            ComplianceRecords records = desk.records();
            List<String[]> questions = Arrays.stream(RedFlag.values()).map(flag -> new String[] {flag.code(),
                    Messages.format(ComplianceText.valueOf("RED_FLAG_" + flag.name()), Locale.ENGLISH)}).toList();
            Json.respond(ctx, 200, ComplianceDocuments.icp(records.today(), records.icp().checklist(), questions));
        });
    }

    /** {@code PUT /api/v1/compliance/icp/{element}}: the element's new state. */
    public void updateIcp(Context ctx) {
        answer(ctx, () -> {
            IcpElement element = IcpRequest.element(ctx.pathParam("element"));
            IcpElementState state = IcpRequest.state(element, body(ctx));
            long seq = desk.updateIcp(state, ComplianceDesk.actor(ctx));
            Json.respond(ctx, 200, ComplianceDocuments.element(Json.object(), state).put("audit_seq", seq));
        });
    }

    static LicenceAlerts alerts() {
        return new LicenceAlerts(LicenceAlerts.DEFAULT_WARNING_DAYS, LicenceAlerts.DEFAULT_REPORT_DAYS);
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_CHECKS;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX_CHECKS) {
                return limit;
            }
        } catch (NumberFormatException bad) {
            // refused below
        }
        throw ComplianceRefusal.badField("limit", ComplianceText.ERROR_LIMIT, MAX_CHECKS, text);
    }

    /** Runs the handler's work; a refusal becomes the API's error layout. */
    private static void answer(Context ctx, Runnable work) {
        try {
            work.run();
        } catch (FieldRefusal refused) {
            String error = switch (refused.status()) {
                case ComplianceRefusal.NOT_FOUND -> "not found";
                case ComplianceRefusal.CONFLICT -> "conflict";
                default -> "bad parameter";
            };
            throw new ApiError(refused.status(), error, List.of(refused.getMessage()));
        }
    }

    /** The JSON body as fields: texts and numbers as written, arrays joined by commas. */
    private static ComplianceInput body(Context ctx) {
        JsonNode node;
        try {
            String text = ctx.body();
            node = text == null || text.isBlank() ? Json.object() : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ComplianceRefusal.badField("body", ComplianceText.ERROR_BODY, e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ComplianceRefusal.badField("body", ComplianceText.ERROR_BODY, "got " + node);
        }
        JsonNode body = node;
        return new ComplianceInput(field -> text(body.get(field)));
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.isValueNode() ? v.asText() : v.toString()));
            return parts.stream().collect(Collectors.joining(","));
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
