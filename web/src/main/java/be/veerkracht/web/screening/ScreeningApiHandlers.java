package be.veerkracht.web.screening;

import be.veerkracht.store.screening.Review;
import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.store.screening.StoredListVersion;
import be.veerkracht.web.api.ApiError;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.api.ScreeningDocument;
import be.veerkracht.web.imports.ImportRefusal;
import be.veerkracht.web.page.FieldRefusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The screening API: {@code /api/v1/lists} (the versions; a list file uploaded) and {@code /api/v1/screening} (the
 * newest snapshot screened live, {@code ?open=true}; one name, recorded; a review decision, recorded). Screenings
 * answer {@link ScreeningDocument} (schema {@code veerkracht/screening/1}), as {@code veerkracht screen --format json}.
 * Refusals are {@code {"error", "details"}} with 400 (naming the field), 404, 409 or 413.
 */
public final class ScreeningApiHandlers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ScreeningDesk desk;
    private final ListImports imports;

    public ScreeningApiHandlers(ScreeningDesk desk, ListImports imports) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.imports = Objects.requireNonNull(imports, "imports");
    }

    /** {@code GET /api/v1/lists}: every stored version, newest first, and which are in use. */
    public void lists(Context ctx) {
        answer(ctx, () -> {
            List<Long> inUse = desk.inUse().stream().map(StoredListVersion::id).toList();
            ObjectNode root = Json.object().put("schema", "veerkracht/lists/1");
            ArrayNode versions = root.putArray("versions");
            desk.versions().forEach(v -> version(versions.addObject(), v).put("in_use", inUse.contains(v.id())));
            Json.respond(ctx, 200, root);
        });
    }

    /** {@code POST /api/v1/lists}: multipart {@code file} (or the raw body), {@code source}, {@code date}. */
    public void importList(Context ctx) throws IOException {
        try {
            ListImports.ListImport done = imports.run(ctx, true, ScreeningDesk.actor(ctx));
            ObjectNode root = version(Json.object(), done.stored()).put("created", done.stored().created());
            if (done.licensed()) {
                root.put("licence_notice", new be.veerkracht.web.page.Labels(Locale.ENGLISH)
                        .get(ScreeningText.LICENCE_NOTICE));
            }
            done.screened().ifPresentOrElse(s -> root.set("screening", summary(ScreeningSummary.of(s))),
                    () -> root.putNull("screening"));
            Json.respond(ctx, done.stored().created() ? 201 : 200, root);
        } catch (FieldRefusal refused) {
            throw error(refused);
        } catch (ImportRefusal refused) {
            Json.error(ctx, refused.status(), refused.error(Locale.ENGLISH), refused.details(Locale.ENGLISH));
        }
    }

    /** {@code GET /api/v1/screening[?open=true]}: the newest snapshot screened now, not recorded. */
    public void screening(Context ctx) {
        answer(ctx, () -> {
            ScreeningResult result = desk.live(desk.snapshot());
            ObjectNode document = ScreeningDocument.of(result);
            if ("true".equals(ctx.queryParam("open"))) {
                ArrayNode open = MAPPER.createArrayNode();
                document.withArray("matches").forEach(m -> {
                    String state = m.at("/review/state").asText();
                    if (state.equals("open") || state.equals("reopened")) {
                        open.add(m);
                    }
                });
                document.set("matches", open);
            }
            Json.respond(ctx, 200, document);
        });
    }

    /** {@code POST /api/v1/screening}: {@code {name, country}}, screened and recorded; 201. */
    public void screenName(Context ctx) {
        answer(ctx, () -> {
            ScreeningInput.NameRequest request = body(ctx).name();
            Json.respond(ctx, 201, ScreeningDocument.of(desk.screenName(request, ScreeningDesk.actor(ctx))));
        });
    }

    /** {@code POST /api/v1/screening/reviews}: {@code {counterparty, list, entry_id, decision, reason}}; 201. */
    public void review(Context ctx) {
        answer(ctx, () -> {
            Review review = desk.review(body(ctx).review(), ScreeningDesk.actor(ctx));
            Json.respond(ctx, 201, Json.object().put("counterparty", review.counterparty())
                    .put("list", review.source().key()).put("entry_id", review.entryId())
                    .put("entry_fingerprint", review.entryFingerprint())
                    .put("decision", review.decision().name().toLowerCase(Locale.ROOT))
                    .put("reason", review.reason()).put("reviewed_by", review.reviewedBy())
                    .put("reviewed_at", review.reviewedAt().toString()).put("audit_seq", review.auditSeq()));
        });
    }

    private static ObjectNode version(ObjectNode node, StoredListVersion v) {
        return node.put("id", v.id()).put("source", v.version().source().key())
                .put("publication_date", v.version().publicationDate() == null ? null
                        : v.version().publicationDate().toString())
                .put("content_sha256", v.version().contentHash()).put("entries", v.version().entryCount())
                .put("label", v.version().label()).put("file", v.fileName()).put("imported_by", v.importedBy())
                .put("imported_at", v.importedAt() == null ? null : v.importedAt().toString())
                .put("audit_seq", v.auditSeq());
    }

    private static ObjectNode summary(ScreeningSummary s) {
        ObjectNode node = Json.object();
        s.lists().forEach(node.putArray("list_versions")::add);
        return node.put("screened", s.counterparties()).put("hits", s.hits()).put("open", s.open())
                .put("country_concerns", s.concerns()).put("audit_seq", s.auditSeq())
                .put("text", s.line(new be.veerkracht.web.page.Labels(Locale.ENGLISH)));
    }

    /** Runs the handler's work; a refusal becomes the API's error layout. */
    private static void answer(Context ctx, Runnable work) {
        try {
            work.run();
        } catch (FieldRefusal refused) {
            throw error(refused);
        }
    }

    private static ApiError error(FieldRefusal refused) {
        String error = switch (refused.status()) {
            case ScreeningRefusal.NOT_FOUND -> "not found";
            case ScreeningRefusal.CONFLICT -> "conflict";
            default -> "bad parameter";
        };
        return new ApiError(refused.status(), error, List.of(refused.getMessage()));
    }

    /** The JSON body's fields: texts as written, other values as their JSON text. */
    private static ScreeningInput body(Context ctx) {
        JsonNode node;
        try {
            String text = ctx.body();
            node = text == null || text.isBlank() ? Json.object() : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ScreeningRefusal.badField("body", ScreeningText.ERROR_BODY, e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ScreeningRefusal.badField("body", ScreeningText.ERROR_BODY, "got " + node);
        }
        JsonNode body = node;
        return new ScreeningInput(field -> {
            JsonNode value = body.get(field);
            return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
        });
    }
}
