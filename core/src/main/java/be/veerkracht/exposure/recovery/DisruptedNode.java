package be.veerkracht.exposure.recovery;

import java.util.Objects;

/**
 * A node of the supply network whose sources stop together.
 *
 * @param id   a supplier id; a site as {@code SUPPLIERID/site}; an outage footprint's code (e.g. {@code
 *             TAIWAN_STRAIT}); a zone's code
 * @param kind what it is
 */
public record DisruptedNode(String id, NodeKind kind) {

    public DisruptedNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
