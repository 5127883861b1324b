package be.veerkracht.web.quality;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.Texts;
import be.veerkracht.quality.measurement.Batch;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.measurement.Source;
import be.veerkracht.web.api.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON body of {@code POST /api/v1/quality/batches}, read into a {@link Batch} of the token's supplier:
 * {@code {"batch_id", "part_id", "supplier_id"?, "measurements": [{"characteristic", "lot", "timestamp", "value",
 * "source"?}]}}. A body that is not a JSON object is refused with 400; a missing or invalid field with 422 naming
 * it ({@code measurements[2].value}); a {@code supplier_id} other than the token's with 403.
 */
final class BatchPayload {

    /** Most measurements one batch may hold. */
    static final int MAX_MEASUREMENTS = 10_000;
    static final int UNPROCESSABLE = 422;
    static final int FORBIDDEN = 403;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BatchPayload() {
    }

    /** The part named by the body, and its batch. */
    record Parsed(PartId part, Batch batch) {
    }

    static Parsed read(String body, SupplierId supplier) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad request", List.of("body: not JSON: "
                    + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad request", List.of("body: a JSON object is expected"));
        }
        String batchId = key(root, "batch_id", "batch_id");
        PartId part = new PartId(key(root, "part_id", "part_id"));
        JsonNode claimed = root.get("supplier_id");
        if (claimed != null && !claimed.isNull() && !claimed.asText().equals(supplier.value())) {
            throw new ApiError(FORBIDDEN, "forbidden", List.of("supplier_id: this token posts for supplier "
                    + supplier + " only, not " + claimed.asText()));
        }
        JsonNode list = root.get("measurements");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw invalid("measurements", "a non-empty array is required");
        }
        if (list.size() > MAX_MEASUREMENTS) {
            throw invalid("measurements", "at most " + MAX_MEASUREMENTS + " per batch, got " + list.size());
        }
        List<Measurement> measurements = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            measurements.add(measurement(list.get(i), "measurements[" + i + "]", part, supplier));
        }
        return new Parsed(part, new Batch(batchId, supplier, measurements));
    }

    private static Measurement measurement(JsonNode node, String at, PartId part, SupplierId supplier) {
        if (!node.isObject()) {
            throw invalid(at, "an object is expected");
        }
        JsonNode claimed = node.get("supplier_id");
        if (claimed != null && !claimed.isNull() && !claimed.asText().equals(supplier.value())) {
            throw new ApiError(FORBIDDEN, "forbidden", List.of(at + ".supplier_id: this token posts for supplier "
                    + supplier + " only, not " + claimed.asText()));
        }
        JsonNode claimedPart = node.get("part_id");
        if (claimedPart != null && !claimedPart.isNull() && !claimedPart.asText().equals(part.value())) {
            throw invalid(at + ".part_id", "a batch is of one part, " + part + ", not " + claimedPart.asText());
        }
        String characteristic = key(node, "characteristic", at + ".characteristic");
        String lot = key(node, "lot", at + ".lot");
        Instant timestamp = timestamp(node.get("timestamp"), at + ".timestamp");
        JsonNode value = node.get("value");
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw invalid(at + ".value", "a finite JSON number is required");
        }
        Source source = source(node.get("source"), at + ".source");
        return new Measurement(part, characteristic, supplier, lot, timestamp, value.asDouble(), source);
    }

    /** A supplier sends its certificate's or its laboratory's values; incoming inspection is ours. */
    private static Source source(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return Source.SUPPLIER_CERTIFICATE;
        }
        String text = node.asText().toUpperCase(Locale.ROOT);
        if (text.equals(Source.SUPPLIER_CERTIFICATE.name()) || text.equals(Source.LAB.name())) {
            return Source.valueOf(text);
        }
        throw invalid(field, "must be supplier_certificate or lab, got '" + node.asText() + "'");
    }

    private static Instant timestamp(JsonNode node, String field) {
        if (node == null || !node.isTextual()) {
            throw invalid(field, "an ISO 8601 date and time with offset is required, e.g. 2026-06-01T08:00:00Z");
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field, "not an ISO 8601 date and time with offset (e.g. 2026-06-01T08:00:00+02:00): '"
                    + node.asText() + "'");
        }
    }

    private static String key(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || !(value.isTextual() || value.isNumber())) {
            throw invalid(field, "required: a text of 1 to " + Texts.MAX_KEY_LENGTH + " characters");
        }
        String text = value.asText().strip();
        if (text.isEmpty() || text.length() > Texts.MAX_KEY_LENGTH) {
            throw invalid(field, "must be 1 to " + Texts.MAX_KEY_LENGTH + " characters, got '" + value.asText()
                    + "'");
        }
        return text;
    }

    private static ApiError invalid(String field, String why) {
        return new ApiError(UNPROCESSABLE, "invalid batch", List.of(field + ": " + why));
    }
}
