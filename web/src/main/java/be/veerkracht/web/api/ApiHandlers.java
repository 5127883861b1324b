package be.veerkracht.web.api;

import be.veerkracht.allocation.CandidateOutcome;
import be.veerkracht.allocation.CandidateSource;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.BadCandidateField;
import be.veerkracht.web.app.CandidateQuery;
import be.veerkracht.web.app.BadQueryParameter;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.PartQuery;
import be.veerkracht.web.app.PartSplits;
import be.veerkracht.web.app.ShippedEventCatalogue;
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
    private final PartSplits splits;
    private final String openApi;

    /** Splits over the shipped event catalogue, loaded on first use. */
    public ApiHandlers(LatestAssessment latest) {
        this(latest, new PartSplits(latest.geography(), new ShippedEventCatalogue()));
    }

    public ApiHandlers(LatestAssessment latest, PartSplits splits) {
        this.latest = latest;
        this.splits = splits;
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

    /** A part's volume split ({@link SplitDocument}); 404 for a part the snapshot lacks, 400 naming a bad parameter. */
    public void partSplit(Context ctx) {
        AssessedSnapshot assessed = latest.get().orElseThrow(ApiHandlers::noSnapshot);
        String id = ctx.pathParam("id");
        PartSplits.Settings settings = splitSettings(ctx);
        requirePart(assessed, id);
        Json.respond(ctx, 200, SplitDocument.of(assessed, id, settings, splits.of(assessed, settings)));
    }

    /**
     * What a candidate supplier would change for a part ({@link SplitWhatIfDocument}); 404 for a part the snapshot
     * lacks, 400 naming the candidate's or the settings' bad field, 422 when the part has no modelled source.
     */
    public void partSplitWhatIf(Context ctx) {
        AssessedSnapshot assessed = latest.get().orElseThrow(ApiHandlers::noSnapshot);
        String id = ctx.pathParam("id");
        PartSplits.Settings settings = splitSettings(ctx);
        requirePart(assessed, id);
        CandidateSource candidate;
        try {
            candidate = CandidateQuery.api(ctx::queryParam).candidate(latest.geography());
        } catch (BadCandidateField bad) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad parameter", List.of(bad.getMessage()));
        }
        CandidateOutcome outcome;
        try {
            outcome = splits.whatIf(assessed, id, candidate, settings);
        } catch (IllegalArgumentException cannot) {
            throw new ApiError(ApiError.UNPROCESSABLE, "no what-if for this part", List.of(cannot.getMessage()));
        }
        Json.respond(ctx, 200, SplitWhatIfDocument.of(assessed, settings, outcome, latest.geography()));
    }

    private static PartSplits.Settings splitSettings(Context ctx) {
        PartSplits.Settings page = PartSplits.Settings.PAGE;
        double weight = decimal("cvar_weight", ctx.queryParam("cvar_weight"), page.cvarWeight(), 0, 1, true);
        double alpha = decimal("cvar_alpha", ctx.queryParam("cvar_alpha"), page.cvarAlpha(), 0, 1, false);
        int scenarios = bounded("scenarios", ctx.queryParam("scenarios"), page.scenarios(), 1,
                PartSplits.MAX_SCENARIOS);
        long seed = seed(ctx.queryParam("seed"), page.seed());
        return new PartSplits.Settings(weight, alpha, scenarios, seed);
    }

    private void requirePart(AssessedSnapshot assessed, String id) {
        if (PartDocuments.detail(assessed, latest.geography(), id).isEmpty()) {
            throw new ApiError(ApiError.NOT_FOUND, "no such part", List.of("the newest snapshot ("
                    + assessed.snapshot().info().id() + ") has no part '" + id + "'"));
        }
    }

    /** A decimal in [min, max] (max excluded unless {@code maxIncluded}), or {@code fallback} when absent. */
    static double decimal(String name, String given, double fallback, double min, double max, boolean maxIncluded) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(given.strip());
            if (value >= min && (maxIncluded ? value <= max : value < max)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ApiError(ApiError.BAD_REQUEST, "bad parameter", List.of(name + " must be a number from " + min
                + (maxIncluded ? " to " : " up to but not ") + max + ", got '" + given + "'"));
    }

    static long seed(String given, long fallback) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException notANumber) {
            throw new ApiError(ApiError.BAD_REQUEST, "bad parameter", List.of("seed must be a whole number, got '"
                    + given + "'"));
        }
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
