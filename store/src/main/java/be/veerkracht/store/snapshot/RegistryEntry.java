package be.veerkracht.store.snapshot;

import java.util.Objects;

/**
 * A master-data ID as the store has seen it over time.
 *
 * @param firstSeenSnapshotId the first import that had it
 * @param lastSeenSnapshotId  the latest import that had it; older than the latest snapshot when it was dropped
 */
public record RegistryEntry(RegistryKind kind, String id, long firstSeenSnapshotId, long lastSeenSnapshotId) {

    public RegistryEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
