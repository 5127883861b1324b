package be.veerkracht.web.api;

import be.veerkracht.store.snapshot.SnapshotInfo;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON layout of a stored snapshot (OpenAPI schema {@code Snapshot}): the items of
 * {@code GET /api/v1/snapshots} and the answer of {@code POST /api/v1/imports}.
 */
public final class SnapshotDocument {

    private SnapshotDocument() {
    }

    /** A new object for {@code s}. */
    public static ObjectNode of(SnapshotInfo s) {
        ObjectNode node = Json.object();
        fill(node, s);
        return node;
    }

    /** Writes {@code s} into {@code node}, e.g. an element just added to an array. */
    public static void fill(ObjectNode node, SnapshotInfo s) {
        node.put("id", s.id()).put("imported_at", s.importedAt().toString()).put("source", s.source())
                .put("content_sha256", s.contentSha256()).put("actor", s.actor()).put("parts", s.parts())
                .put("suppliers", s.suppliers()).put("links", s.links()).put("tools", s.tools());
    }
}
