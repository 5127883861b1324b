package be.veerkracht.store.snapshot;

import be.veerkracht.store.StoreCall;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Every part, supplier, tool, product and customer ID ever imported, with the first and last snapshot that had
 * it. Snapshots are immutable copies; these registries are what later modules attach classifications, quality
 * agreements and measurements to, by foreign key, so that their data survives re-imports and a part that
 * disappears from one export keeps its history.
 *
 * <p>Updated by {@link SnapshotStore#save} in the import's transaction. The insert-if-absent is not safe on its
 * own against a concurrent import of the same new ID; it relies on the import having taken the audit-chain lock
 * first, which queues imports.
 */
public final class MasterDataRegistry {

    private final Jdbi jdbi;

    public MasterDataRegistry(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    public Optional<RegistryEntry> find(RegistryKind kind, String id) {
        return StoreCall.run("read the " + kind.table() + " registry", () -> jdbi.withHandle(handle -> handle
                .createQuery(select(kind) + " WHERE id = :id")
                .bind("id", id)
                .map((row, context) -> new RegistryEntry(kind, row.getString("id"),
                        row.getLong("first_seen_snapshot_id"), row.getLong("last_seen_snapshot_id")))
                .findOne()));
    }

    /** Every ID of one kind, sorted by ID in Java's order. */
    public List<RegistryEntry> list(RegistryKind kind) {
        return StoreCall.run("read the " + kind.table() + " registry", () -> jdbi.withHandle(handle -> handle
                .createQuery(select(kind))
                .map((row, context) -> new RegistryEntry(kind, row.getString("id"),
                        row.getLong("first_seen_snapshot_id"), row.getLong("last_seen_snapshot_id")))
                .list()
                .stream()
                .sorted(Comparator.comparing(RegistryEntry::id))
                .toList()));
    }

    /**
     * Records that snapshot {@code snapshotId} has {@code ids}: new ones are added, known ones marked seen.
     * Set-based, because re-importing a 10,000-part portfolio touched every ID with two statements each: one
     * query finds the known IDs and a batch adds only the new ones (before the snapshot's rows, which reference
     * them); {@link #markSeen} then marks the known ones with one statement.
     */
    static void addNew(Handle handle, RegistryKind kind, long snapshotId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(handle.createQuery("SELECT id FROM " + kind.table())
                .mapTo(String.class).list());
        PreparedBatch insertNew = handle.prepareBatch("INSERT INTO " + kind.table()
                + " (id, first_seen_snapshot_id, last_seen_snapshot_id) VALUES (:id, :snapshot, :snapshot)");
        int added = 0;
        for (String id : ids) {
            if (!known.contains(id)) {
                insertNew.bind("id", id).bind("snapshot", snapshotId).add();
                added++;
            }
        }
        if (added > 0) {
            insertNew.execute();
        }
    }

    /** Marks every ID in snapshot {@code snapshotId}'s rows as last seen there: call after inserting the rows. */
    static void markSeen(Handle handle, RegistryKind kind, long snapshotId) {
        handle.createUpdate("UPDATE " + kind.table() + " SET last_seen_snapshot_id = :snapshot"
                        + " WHERE last_seen_snapshot_id <> :snapshot AND id IN (SELECT " + kind.snapshotColumn()
                        + " FROM " + kind.snapshotTable() + " WHERE snapshot_id = :snapshot)")
                .bind("snapshot", snapshotId)
                .execute();
    }

    private static String select(RegistryKind kind) {
        return "SELECT id, first_seen_snapshot_id, last_seen_snapshot_id FROM " + kind.table();
    }
}
