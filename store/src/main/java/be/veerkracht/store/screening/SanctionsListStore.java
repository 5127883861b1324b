package be.veerkracht.store.screening;

import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.ListVersion;
import be.veerkracht.screening.SanctionsList;
import be.veerkracht.store.StoreCall;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The sanctions lists as imported (tables {@code sanctions_list_version}, {@code sanctions_entry}): each version with
 * all its entries in one transaction with its {@value #ACTION} audit entry, or nothing. The same file imported again
 * (same source and SHA-256) stores nothing new.
 */
public final class SanctionsListStore {

    public static final String ACTION = "sanctions.list_import";
    private static final int BATCH = 500;
    private static final String VERSION_COLUMNS = "id, source, publication_date, content_sha256, entry_count, "
            + "file_name, imported_by, imported_at, audit_seq";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public SanctionsListStore(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores the list version with its entries, or returns the version already stored from the same file. */
    public StoredListVersion importList(String actor, SanctionsList list, String fileName) {
        ListVersion version = list.version();
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("store the sanctions list", () -> jdbi.inTransaction(handle -> {
            Optional<StoredListVersion> existing = handle.createQuery("SELECT " + VERSION_COLUMNS
                            + " FROM sanctions_list_version WHERE source = :source AND content_sha256 = :hash")
                    .bind("source", version.source().name()).bind("hash", version.contentHash())
                    .map((row, ctx) -> read(row, false)).findOne();
            if (existing.isPresent()) {
                return existing.get();
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("source", version.source().key());
            details.put("publication_date", version.publicationDate() == null ? null
                    : version.publicationDate().toString());
            details.put("content_sha256", version.contentHash());
            details.put("entries", version.entryCount());
            details.put("file", fileName);
            AuditEntry entry = audit.append(handle, AuditEntryDraft.of(actor, ACTION, "list:" + version.source().key(),
                    details), now);
            long id = handle.createUpdate("INSERT INTO sanctions_list_version (source, publication_date, "
                            + "content_sha256, entry_count, file_name, imported_by, imported_at, audit_seq) VALUES "
                            + "(:source, :date, :hash, :count, :file, :actor, :at, :seq)")
                    .bind("source", version.source().name()).bind("date", version.publicationDate())
                    .bind("hash", version.contentHash()).bind("count", version.entryCount()).bind("file", fileName)
                    .bind("actor", actor).bind("at", UtcTimestamp.argument(now)).bind("seq", entry.seq())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertEntries(handle, id, list.entries());
            return new StoredListVersion(id, version, fileName, actor, now, entry.seq(), true);
        }));
    }

    /** Every stored version, newest first. */
    public List<StoredListVersion> versions() {
        return StoreCall.run("read the sanctions lists", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + VERSION_COLUMNS + " FROM sanctions_list_version ORDER BY id DESC")
                .map((row, ctx) -> read(row, false)).list()));
    }

    /** The newest stored version of each source, by source. */
    public List<StoredListVersion> latest() {
        Map<ListSource, StoredListVersion> newest = new LinkedHashMap<>();
        for (StoredListVersion stored : versions()) {
            newest.putIfAbsent(stored.version().source(), stored);
        }
        return newest.values().stream().sorted(java.util.Comparator.comparing(v -> v.version().source())).toList();
    }

    /** A stored version's list, entries in the file's order. */
    public SanctionsList load(StoredListVersion stored) {
        List<ListEntry> entries = StoreCall.run("read the sanctions list", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT data FROM sanctions_entry WHERE version_id = :id ORDER BY row_no")
                .bind("id", stored.id()).mapTo(String.class).map(ListEntryJson::read).list()));
        return new SanctionsList(stored.version(), entries);
    }

    /** Fingerprint of each entry of a stored version, by entry id: what a review decision is tied to. */
    public Map<String, String> fingerprints(StoredListVersion stored) {
        Map<String, String> byId = new LinkedHashMap<>();
        StoreCall.run("read the sanctions list", () -> jdbi.withHandle(handle -> {
            handle.createQuery("SELECT entry_id, fingerprint FROM sanctions_entry WHERE version_id = :id "
                            + "ORDER BY row_no").bind("id", stored.id())
                    .map((row, ctx) -> Map.entry(row.getString(1), row.getString(2)))
                    .forEach(pair -> byId.put(pair.getKey(), pair.getValue()));
            return null;
        }));
        return byId;
    }

    private static void insertEntries(Handle handle, long versionId, List<ListEntry> entries) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO sanctions_entry (version_id, row_no, entry_id, "
                + "fingerprint, data) VALUES (:version, :row, :entry, :fingerprint, :data)");
        int row = 0;
        for (ListEntry entry : entries) {
            String json = ListEntryJson.write(entry);
            batch.bind("version", versionId).bind("row", row++).bind("entry", entry.entryId())
                    .bind("fingerprint", ListEntryJson.fingerprint(json)).bind("data", json).add();
            if (row % BATCH == 0) {
                batch.execute();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static StoredListVersion read(ResultSet row, boolean created) throws SQLException {
        ListVersion version = new ListVersion(ListSource.valueOf(row.getString("source")),
                row.getObject("publication_date", LocalDate.class), row.getString("content_sha256"),
                row.getInt("entry_count"));
        return new StoredListVersion(row.getLong("id"), version, row.getString("file_name"),
                row.getString("imported_by"), UtcTimestamp.read(row, "imported_at"), row.getLong("audit_seq"),
                created);
    }
}
