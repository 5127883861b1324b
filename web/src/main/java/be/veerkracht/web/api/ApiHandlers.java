package be.veerkracht.web.api;

import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.app.AssessedSnapshot;
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
        Json.respond(ctx, 200, AssessmentDocument.of(assessed.assessment(), assessed.snapshot().info()));
    }

    public void snapshots(Context ctx) {
        int limit = limit(ctx.queryParam("limit"));
        ArrayNode items = Json.object().arrayNode();
        latest.snapshots().list().stream().limit(limit).forEach(s -> snapshot(items.addObject(), s));
        ObjectNode body = Json.object();
        body.set("snapshots", items);
        Json.respond(ctx, 200, body);
    }

    public void openApi(Context ctx) {
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(openApi);
    }

    private static void snapshot(ObjectNode node, SnapshotInfo s) {
        node.put("id", s.id()).put("imported_at", s.importedAt().toString()).put("source", s.source())
                .put("content_sha256", s.contentSha256()).put("actor", s.actor()).put("parts", s.parts())
                .put("suppliers", s.suppliers()).put("links", s.links()).put("tools", s.tools());
    }

    static int limit(String given) {
        if (given == null || given.isBlank()) {
            return DEFAULT_SNAPSHOT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(given.strip());
            if (limit >= 1 && limit <= MAX_SNAPSHOT_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ApiError(ApiError.BAD_REQUEST, "bad parameter",
                List.of("limit must be a whole number from 1 to " + MAX_SNAPSHOT_LIMIT + ", got '" + given + "'"));
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
