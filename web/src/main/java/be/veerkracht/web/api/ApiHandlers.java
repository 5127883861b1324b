package be.veerkracht.web.api;

import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.BadQueryParameter;
import be.veerkracht.web.app.PartQuery;
import be.veerkracht.web.app.LatestAssessment;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The JSON API, version 1: one method per route, each parsing the request, asking the core and writing JSON. */
public final class ApiHandlers {

    /** The hand-written OpenAPI 3.1 description of every {@code /api/v1} route, on the classpath. */
    public static final String OPENAPI_RESOURCE = "/be/veerkracht/web/api/openapi.json";

    /** Snapshots listed when the request names no {@code limit}. */
    public static final int DEFAULT_SNAPSHOT_LIMIT = 100;

    /** The most snapshots one request may list. */
    public static final int MAX_SNAPSHOT_LIMIT = 1000;

    /** Parts listed when the request names no {@code limit}. */
    public static final int DEFAULT_PART_LIMIT = 100;

    /** The most parts one request may list. */
    public static final int MAX_PART_LIMIT = 1000;

    private final LatestAssessment latest;
    private final String openApi;

    public ApiHandlers(LatestAssessment latest) {
        this.latest = latest;
        this.openApi = openApiDocument();
    }

    public void health(Context ctx) {
        Json.respond(ctx, 200, Json.object().put("status", "UP"));
    }

    public void assessment(Context ctx) {
        AssessedSnapshot assessed = latest.get().orElseThrow(ApiHandlers::noSnapshot);
        // several MB for a large portfolio: written once per snapshot, not per request (docs/benchmarks.md)
        byte[] body = assessed.derived(AssessmentDocument.class, byte[].class,
                () -> Json.bytes(AssessmentDocument.of(assessed.assessment(), assessed.snapshot().info())));
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(body);
    }

    public void snapshots(Context ctx) {
        int limit = limit(ctx.queryParam("limit"));
        ArrayNode items = Json.object().arrayNode();
        latest.snapshots().list().stream().limit(limit).forEach(s -> SnapshotDocument.fill(items.addObject(), s));
        ObjectNode body = Json.object();
        body.set("snapshots", items);
        Json.respond(ctx, 200, body);
    }

    public void parts(Context ctx) {
        AssessedSnapshot assessed = latest.get().orElseThrow(ApiHandlers::noSnapshot);
        PartQuery query;
        try {
            query = PartQuery.parse(ctx::queryParam);
        } catch (BadQueryParameter bad) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad parameter", List.of(bad.getMessage()));
        }
        int offset = bounded("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
        int limit = bounded("limit", ctx.queryParam("limit"), DEFAULT_PART_LIMIT, 1, MAX_PART_LIMIT);
        Json.respond(ctx, 200, PartDocuments.list(assessed, query.select(assessed), offset, limit));
    }

    public void part(Context ctx) {
        AssessedSnapshot assessed = latest.get().orElseThrow(ApiHandlers::noSnapshot);
        String id = ctx.pathParam("id");
        Json.respond(ctx, 200, PartDocuments.detail(assessed, latest.geography(), id).orElseThrow(
                () -> new ApiError(ApiError.NOT_FOUND, "no such part", List.of("the newest snapshot ("
                        + assessed.snapshot().info().id() + ") has no part '" + id + "'"))));
    }

    /** A part's buffer and the cash it ties up ({@link BufferDocument}); 404 for a part the snapshot lacks. */
    public void partBuffer(Context ctx) {
        AssessedSnapshot assessed = latest.get().orElseThrow(ApiHandlers::noSnapshot);
        String id = ctx.pathParam("id");
        Json.respond(ctx, 200, BufferDocument.of(assessed, id).orElseThrow(
                () -> new ApiError(ApiError.NOT_FOUND, "no such part", List.of("the newest snapshot ("
                        + assessed.snapshot().info().id() + ") has no part '" + id + "'"))));
    }

    public void suppliers(Context ctx) {
        AssessedSnapshot assessed = latest.get().orElseThrow(ApiHandlers::noSnapshot);
        byte[] body = assessed.derived(SupplierDocuments.class, byte[].class,
                () -> Json.bytes(SupplierDocuments.list(assessed, latest.geography())));
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(body);
    }

    public void openApi(Context ctx) {
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(openApi);
    }

    static int limit(String given) {
        return bounded("limit", given, DEFAULT_SNAPSHOT_LIMIT, 1, MAX_SNAPSHOT_LIMIT);
    }

    /** A whole-number query parameter within [min, max], or {@code fallback} when absent. */
    static int bounded(String name, String given, int fallback, int min, int max) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(given.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ApiError(ApiError.BAD_REQUEST, "bad parameter", List.of(name + " must be a whole number from "
                + min + " to " + max + ", got '" + given + "'"));
    }

    private static ApiError noSnapshot() {
        return new ApiError(ApiError.NOT_FOUND, "no snapshot yet",
                List.of("import a portfolio first: veerkracht import PATH (or veerkracht demo)"));
    }

    private static String openApiDocument() {
        try (InputStream in = ApiHandlers.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
