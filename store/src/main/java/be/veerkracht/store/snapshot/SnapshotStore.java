package be.veerkracht.store.snapshot;

import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.store.StoreCall;
import be.veerkracht.store.StoreException;
import be.veerkracht.store.StoreProblem;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Every import as a dated, immutable snapshot, so that any earlier analysis can be reproduced and compared with
 * today's. A snapshot is stored relationally (one table per record type, see docs/store.md) so it stays
 * queryable with SQL, and loaded back through {@link PortfolioAssembly}, giving a portfolio equal to the one
 * saved.
 *
 * <p>A save is one transaction: the snapshot's rows, the master-data registries ({@link MasterDataRegistry})
 * and the {@value #IMPORT_ACTION} audit entry are stored together or not at all.
 */
public final class SnapshotStore {

    /** The audit action recorded for each import. */
    public static final String IMPORT_ACTION = "portfolio.import";

    private static final List<SnapshotTable> TABLES =
            List.of(new PartRows(), new SupplierRows(), new SourcingRows(), new ToolRows(), new ProductRows(),
                    new BomRows(), new CustomerRows());

    private static final String INSERT_SNAPSHOT = """
            INSERT INTO snapshot (imported_at, source, content_sha256, actor, part_count, supplier_count,
                link_count, tool_count)
            VALUES (:imported_at, :source, :content_sha256, :actor, :part_count, :supplier_count, :link_count,
                :tool_count)""";
    private static final String SELECT_INFO = """
            SELECT id, imported_at, source, content_sha256, actor, part_count, supplier_count, link_count, tool_count
            FROM snapshot""";

    private final Jdbi jdbi;
    private final AuditLog auditLog;
    private final Clock clock;

    public SnapshotStore(Jdbi jdbi, AuditLog auditLog, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores {@code portfolio} as a new snapshot, updates the registries and appends the audit entry, all in one
     * transaction: when anything fails nothing is stored.
     */
    public SnapshotInfo save(Portfolio portfolio, ImportInfo info) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(info, "info");
        Instant importedAt = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("save the snapshot", () -> jdbi.inTransaction(handle -> {
            SnapshotInfo saved = insertSnapshot(handle, portfolio, info, importedAt);
            // First the audit entry: it locks the chain head, which queues concurrent imports, so the registry
            // upserts below never race another import's.
            auditLog.append(handle, importEntry(saved, portfolio), importedAt);
            MasterDataRegistry.addNew(handle, RegistryKind.PART, saved.id(),
                    portfolio.parts().stream().map(p -> p.id().value()).toList());
            MasterDataRegistry.addNew(handle, RegistryKind.SUPPLIER, saved.id(),
                    portfolio.suppliers().stream().map(s -> s.id().value()).toList());
            MasterDataRegistry.addNew(handle, RegistryKind.TOOL, saved.id(),
                    portfolio.tools().stream().map(t -> t.id().value()).toList());
            MasterDataRegistry.addNew(handle, RegistryKind.PRODUCT, saved.id(),
                    portfolio.products().stream().map(p -> p.id().value()).toList());
            MasterDataRegistry.addNew(handle, RegistryKind.CUSTOMER, saved.id(),
                    portfolio.customers().stream().map(c -> c.id().value()).toList());
            for (SnapshotTable table : TABLES) {
                table.insert(handle, saved.id(), portfolio);
            }
            for (RegistryKind kind : RegistryKind.values()) {
                MasterDataRegistry.markSeen(handle, kind, saved.id());
            }
            return saved;
        }));
    }

    /** Every snapshot, newest first. */
    public List<SnapshotInfo> list() {
        return StoreCall.run("list the snapshots", () -> jdbi.withHandle(handle -> handle
                .createQuery(SELECT_INFO + " ORDER BY id DESC")
                .map((row, context) -> info(row))
                .list()));
    }

    /** The newest snapshot, or empty before the first import. */
    public Optional<Snapshot> latest() {
        return latestId().flatMap(this::load);
    }

    /** The id of the newest snapshot, without loading it: a cheap check whether a cached one is still newest. */
    public Optional<Long> latestId() {
        return StoreCall.run("find the latest snapshot", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT MAX(id) FROM snapshot")
                .mapTo(Long.class)
                .findOne()));
    }

    /**
     * The snapshot with this id, rebuilt and checked, or empty when there is none.
     *
     * @throws StoreException {@link StoreProblem#SNAPSHOT_INVALID} when its rows no longer form a valid
     *                        portfolio (edited in the database, say), naming the rows
     */
    public Optional<Snapshot> load(long id) {
        return StoreCall.run("load snapshot " + id, () -> jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                handle -> handle.createQuery(SELECT_INFO + " WHERE id = :id")
                        .bind("id", id)
                        .map((row, context) -> info(row))
                        .findOne()
                        .map(info -> new Snapshot(info, portfolio(handle, id)))));
    }

    private static Portfolio portfolio(Handle handle, long id) {
        PortfolioAssembly assembly = new PortfolioAssembly();
        for (SnapshotTable table : TABLES) {
            table.readInto(handle, id, assembly);
        }
        try {
            return assembly.build();
        } catch (InvalidPortfolioException invalid) {
            throw StoreException.because(invalid, StoreProblem.SNAPSHOT_INVALID, id, invalid.report(Locale.ENGLISH));
        }
    }

    private static SnapshotInfo insertSnapshot(Handle handle, Portfolio portfolio, ImportInfo info,
                                               Instant importedAt) {
        long id = handle.createUpdate(INSERT_SNAPSHOT)
                .bind("imported_at", UtcTimestamp.argument(importedAt))
                .bind("source", info.source())
                .bind("content_sha256", info.contentSha256())
                .bind("actor", info.actor())
                .bind("part_count", portfolio.parts().size())
                .bind("supplier_count", portfolio.suppliers().size())
                .bind("link_count", portfolio.links().size())
                .bind("tool_count", portfolio.tools().size())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return new SnapshotInfo(id, importedAt, info.source(), info.contentSha256(), info.actor(),
                portfolio.parts().size(), portfolio.suppliers().size(), portfolio.links().size(),
                portfolio.tools().size());
    }

    /**
     * The audit entry of an import: what came in, from where, and how much of it. The counts of products, BOM
     * lines and customers are added only when the import had any, so entries of imports without those optional
     * sheets keep the form docs/audit-chain.md shows.
     */
    private static AuditEntryDraft importEntry(SnapshotInfo saved, Portfolio portfolio) {
        Map<String, Object> details = new TreeMap<>();
        details.put("source", saved.source());
        details.put("content_sha256", saved.contentSha256());
        details.put("parts", saved.parts());
        details.put("suppliers", saved.suppliers());
        details.put("links", saved.links());
        details.put("tools", saved.tools());
        if (!portfolio.products().isEmpty() || !portfolio.customers().isEmpty()) {
            details.put("products", portfolio.products().size());
            details.put("bom_lines", portfolio.bom().size());
            details.put("customers", portfolio.customers().size());
        }
        return AuditEntryDraft.of(saved.actor(), IMPORT_ACTION, saved.auditSubject(), details);
    }

    private static SnapshotInfo info(ResultSet row) throws SQLException {
        return new SnapshotInfo(row.getLong("id"), UtcTimestamp.read(row, "imported_at"), row.getString("source"),
                row.getString("content_sha256"), row.getString("actor"), row.getInt("part_count"),
                row.getInt("supplier_count"), row.getInt("link_count"), row.getInt("tool_count"));
    }
}
