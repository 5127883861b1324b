package be.veerkracht.web.quality;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.quality.agreement.AgreementHistory;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.agreement.QualityAgreement;
import be.veerkracht.quality.check.QualityReview;
import be.veerkracht.quality.measurement.CertificateCheck;
import be.veerkracht.quality.measurement.CertificateFinding;
import be.veerkracht.quality.measurement.CertificateVerdict;
import be.veerkracht.store.quality.BatchReceipt;
import be.veerkracht.store.quality.MeasurementCount;
import be.veerkracht.store.quality.QualityCheckJson;
import be.veerkracht.store.quality.QualityException;
import be.veerkracht.store.quality.QualityRecords;
import be.veerkracht.store.quality.QualityReviews;
import be.veerkracht.store.quality.SupplierToken;
import be.veerkracht.web.api.ApiError;
import be.veerkracht.web.api.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The quality API: {@code POST /api/v1/quality/batches}, where a supplier's system posts a batch of measurements
 * with its supplier token (docs/quality-data.md), and {@code GET /api/v1/parts/{id}/quality}, a part's agreement
 * and measurement counts for signed-in users. Refusals are {@code {"error", "details"}}: 400 (not JSON), 401 (no or
 * a bad supplier token), 403 (another supplier's data), 404, 409 (batch ID reused with other content), 422 (a field,
 * named).
 */
public final class QualityApiHandlers {

    private static final String BEARER = "Bearer ";
    private static final int UNAUTHORIZED = 401;
    private static final int CONFLICT = 409;

    /** Null on a server without a database of its own: every route answers 404. */
    private final QualityRecords records;

    public QualityApiHandlers(QualityRecords records) {
        this.records = records;
    }

    /**
     * {@code POST /api/v1/quality/batches}: stores the batch (201), or answers the batch stored before when the same
     * one is posted again (200); the certificate checked against the part's agreement in {@code certificate}.
     */
    public void postBatch(Context ctx) {
        QualityRecords quality = records();
        SupplierToken token = supplierToken(quality, ctx.header("Authorization"));
        BatchPayload.Parsed parsed = BatchPayload.read(ctx.body(), token.supplier());
        BatchReceipt receipt;
        try {
            receipt = quality.measurements().post(token.prefix(), parsed.batch());
        } catch (QualityException conflict) {
            throw new ApiError(CONFLICT, "conflict", List.of("batch_id: " + conflict.message(Locale.ENGLISH)));
        }
        Optional<QualityAgreement> agreement = quality.agreements().current(parsed.part());
        CertificateVerdict verdict = agreement.map(a -> new CertificateCheck(a).check(parsed.batch().measurements()))
                .orElseGet(() -> CertificateCheck.withoutAgreement(parsed.part()));
        ObjectNode root = Json.object().put("schema", "veerkracht/quality-batch/1")
                .put("batch_id", parsed.batch().batchId()).put("supplier_id", token.supplier().value())
                .put("part_id", parsed.part().value())
                .put("status", receipt.alreadyStored() ? "already_stored" : "stored")
                .put("measurements", receipt.batch().measurementCount())
                .put("received_at", receipt.batch().receivedAt().toString())
                .put("audit_seq", receipt.batch().auditSeq());
        root.set("certificate", certificate(verdict));
        Json.respond(ctx, receipt.alreadyStored() ? 200 : 201, root);
    }

    /** {@code GET /api/v1/parts/{id}/quality}: the agreement in force, its versions, measurement counts. */
    public void partQuality(Context ctx) {
        QualityRecords quality = records();
        PartId part;
        try {
            part = new PartId(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad parameter", List.of("id: " + e.getMessage()));
        }
        AgreementHistory history = quality.agreements().history(part);
        List<MeasurementCount> counts = quality.measurements().counts(part);
        if (history.versions().isEmpty() && counts.isEmpty()) {
            throw new ApiError(ApiError.NOT_FOUND, "not found", List.of("part " + part
                    + " has no quality agreement and no measurements"));
        }
        ObjectNode root = Json.object().put("schema", "veerkracht/part-quality/1").put("part_id", part.value());
        history.current().ifPresentOrElse(a -> root.set("agreement", agreement(a)), () -> root.putNull("agreement"));
        ArrayNode versions = root.putArray("versions");
        history.versions().forEach(v -> versions.addObject().put("version", v.version())
                .put("author", v.change().author()).put("changed_at", v.change().at().toString())
                .put("reason", v.change().reason()));
        ArrayNode measured = root.putArray("measurements");
        counts.forEach(c -> measured.addObject().put("supplier_id", c.supplier().value())
                .put("characteristic", c.characteristic()).put("source", c.source().name().toLowerCase(Locale.ROOT))
                .put("count", c.count()).put("first", c.first().toString()).put("last", c.last().toString()));
        Json.respond(ctx, 200, root);
    }

    /** {@code GET /api/v1/quality/check[?lang=nl|fr]}: the portfolio-wide review (schema quality-check). */
    public void check(Context ctx) {
        QualityReview review = QualityReviews.review(records(), Optional.empty());
        Json.respond(ctx, 200, new QualityCheckJson(language(ctx)).review(review));
    }

    /**
     * {@code GET /api/v1/quality/parts/{id}[?lang=nl|fr]}: one part's review (charts data, cross-validation,
     * capability, lab) with its alerts; 404 when the part has no agreement.
     */
    public void partReview(Context ctx) {
        PartId part = partId(ctx);
        QualityReview review = QualityReviews.review(records(), Optional.of(part));
        QualityCheckJson mapping = new QualityCheckJson(language(ctx));
        ObjectNode root = review.part(part).map(mapping::part).orElseThrow(() -> new ApiError(ApiError.NOT_FOUND,
                "not found", List.of("part " + part + " has no quality agreement")));
        root.put("schema", QualityCheckJson.SCHEMA + "#part");
        ArrayNode alerts = root.putArray("alerts");
        review.alerts(part).forEach(a -> alerts.add(mapping.alert(a)));
        Json.respond(ctx, 200, root);
    }

    private static Locale language(Context ctx) {
        String lang = ctx.queryParam("lang");
        return lang == null ? Locale.ENGLISH : Locale.forLanguageTag(lang);
    }

    private static PartId partId(Context ctx) {
        try {
            return new PartId(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad parameter", List.of("id: " + e.getMessage()));
        }
    }

    private QualityRecords records() {
        if (records == null) {
            throw new ApiError(ApiError.NOT_FOUND, "not found", List.of("this server keeps no quality data"));
        }
        return records;
    }

    private static SupplierToken supplierToken(QualityRecords quality, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiError(UNAUTHORIZED, "unauthorized",
                    List.of("Authorization: send Bearer <supplier token> (veerkracht quality token create)"));
        }
        return quality.tokens().authenticate(authorization.substring(BEARER.length()).strip())
                .orElseThrow(() -> new ApiError(UNAUTHORIZED, "unauthorized",
                        List.of("Authorization: unknown or revoked supplier token")));
    }

    static ObjectNode agreement(QualityAgreement a) {
        ObjectNode node = Json.object().put("version", a.version())
                .put("primary_supplier_id", a.primary().map(s -> s.value()).orElse(null))
                .put("author", a.change().author()).put("changed_at", a.change().at().toString())
                .put("reason", a.change().reason());
        ArrayNode characteristics = node.putArray("characteristics");
        for (Characteristic c : a.characteristics()) {
            characteristics.addObject().put("name", c.name()).put("unit", c.unit()).put("nominal", c.nominal())
                    .put("lsl", c.lsl()).put("usl", c.usl()).put("method", c.method())
                    .put("sample_size", c.sampleSize()).put("frequency", c.frequency())
                    .put("coa_required", c.certificateRequired()).put("equivalence_margin", c.margin())
                    .put("margin_is_default", c.defaultMargin());
        }
        return node;
    }

    private static ObjectNode certificate(CertificateVerdict verdict) {
        ObjectNode node = Json.object().put("agreement_version", verdict.agreementVersion())
                .put("conforms", verdict.conforms());
        ArrayNode findings = node.putArray("findings");
        for (CertificateFinding f : verdict.findings()) {
            findings.addObject().put("kind", f.kind().key()).put("lot", f.lot()).put("characteristic",
                    f.characteristic()).put("message", f.message(Locale.ENGLISH));
        }
        return node;
    }
}
