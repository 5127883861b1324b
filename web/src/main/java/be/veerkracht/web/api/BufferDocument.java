package be.veerkracht.web.api;

import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.PartBuffers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code GET /api/v1/parts/{id}/buffer} as JSON (schema {@code PartBuffer} of the OpenAPI document): the part's
 * safety stock at the service level of its criticality, its reorder point, the cash it ties up and the four ways to
 * hold it, cheapest first (docs/buffers.md). The buffer's fields and {@code holdings} have the names of the part
 * objects of {@code veerkracht inventory buffers --format json} (schema {@code veerkracht/buffers/1}). A part without
 * demand or an active source has {@code "buffer": null} and a {@code reason} (English).
 */
final class BufferDocument {

    private BufferDocument() {
    }

    /** Empty when the snapshot has no part {@code id}. */
    static Optional<ObjectNode> of(AssessedSnapshot assessed, String id) {
        PartId partId;
        try {
            partId = new PartId(id);
        } catch (IllegalArgumentException impossibleId) {
            return Optional.empty();
        }
        Optional<Part> part = assessed.snapshot().portfolio().part(partId);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        PartBuffers buffers = PartBuffers.of(assessed);
        ObjectNode root = Json.object();
        root.put("snapshot_id", assessed.snapshot().info().id());
        root.put("part_id", id);
        root.put("criticality", part.get().criticality().name());
        ObjectNode levels = root.putObject("service_levels");
        for (Criticality criticality : Criticality.values()) {
            levels.put(criticality.name(), PartBuffers.LEVELS.of(criticality));
        }
        BufferFields.terms(root.putObject("capital_terms"), PartBuffers.TERMS);
        root.put("ordering_cost_eur", PartBuffers.ORDERING_COST_EUR);
        root.put("method", PartBuffers.METHOD);
        Optional<PartBuffers.Buffer> buffer = buffers.of(partId);
        if (buffer.isPresent()) {
            BufferFields.buffer(root.putObject("buffer"), buffer.get().plan(), buffer.get().holdings(),
                    buffer.get().policy());
            root.putNull("reason");
        } else {
            root.putNull("buffer");
            root.put("reason", switch (buffers.why(part.get())) {
                case NO_ACTIVE_SOURCE -> "no buffer is computed: the part has no active source (a qualified source "
                        + "with a share above 0), so there is no lead time to protect";
                case NO_DEMAND -> "no buffer is computed: the part has no demand (annual demand 0)";
            });
        }
        return Optional.of(root);
    }
}
