package be.veerkracht.store.quality;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.measurement.Batch;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.measurement.Source;
import be.veerkracht.store.StoreCall;
import be.veerkracht.store.StoreException;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.user.TokenStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Measurements of parts' characteristics (table {@code quality_measurement}) and what they arrived in
 * ({@code quality_batch}): suppliers' batches over the API, idempotent per supplier and batch ID, and file imports,
 * each in one transaction with its audit entry ({@value #BATCH_ACTION}, {@value #IMPORT_ACTION}): a bad row stores
 * nothing. Keyed by part and supplier ID, so measurements survive portfolio re-imports.
 */
public final class MeasurementStore {

    public static final String BATCH_ACTION = "quality.batch";
    public static final String IMPORT_ACTION = "quality.import";

    private static final String BATCH_COLUMNS = "id, channel, supplier_id, batch_id, source_file, content_sha256, "
            + "measurement_count, received_by, received_at, audit_seq";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final AgreementStore agreements;

    public MeasurementStore(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.agreements = new AgreementStore(jdbi, audit, clock);
    }

    /**
     * Stores a supplier's batch, once: the same batch posted again (same supplier, batch ID and content) stores
     * nothing and answers with the batch stored before.
     *
     * @param receivedBy who sent it, e.g. the supplier token's prefix
     * @throws QualityException {@link QualityProblem#BATCH_CONFLICT}: the batch ID was used with other content
     */
    public BatchReceipt post(String receivedBy, Batch batch) {
        String sha = contentSha256(batch.measurements());
        Instant now = UtcTimestamp.stored(clock.instant());
        try {
            return StoreCall.run("store the batch", () -> jdbi.inTransaction(handle -> {
                Optional<BatchReceipt> before = repeat(handle, batch, sha);
                if (before.isPresent()) {
                    return before.get();
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("batch_id", batch.batchId());
                details.put("measurements", batch.measurements().size());
                details.put("content_sha256", sha);
                AuditEntry entry = audit.append(handle, AuditEntryDraft.of(receivedBy, BATCH_ACTION,
                        "supplier:" + batch.supplier(), details), now);
                StoredBatch stored = insertBatch(handle, "API", batch.supplier().value(), batch.batchId(), null, sha,
                        batch.measurements(), receivedBy, now, entry.seq());
                return new BatchReceipt(stored, false);
            }));
        } catch (StoreException raced) {
            // Two posts of one new batch at once: the second insert breaks the unique key. Answer as if in turn.
            return StoreCall.run("store the batch", () -> jdbi.withHandle(handle -> repeat(handle, batch, sha)))
                    .orElseThrow(() -> raced);
        }
    }

    private static Optional<BatchReceipt> repeat(Handle handle, Batch batch, String sha) {
        Optional<StoredBatch> before = batch(handle, batch.supplier(), batch.batchId());
        if (before.isPresent() && !before.get().contentSha256().equals(sha)) {
            throw QualityException.of(QualityProblem.BATCH_CONFLICT, batch.supplier(), batch.batchId());
        }
        return before.map(b -> new BatchReceipt(b, true));
    }

    /**
     * Stores a quality-data file in one transaction: its agreements (a new version for each part whose terms
     * changed, {@link AgreementStore}) and its measurements with a {@value #IMPORT_ACTION} audit entry. The same
     * file (by content) imported again stores its measurements no second time.
     */
    public QualityFileImport.Result importFile(String actor, QualityFileImport file) {
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("import the quality data", () -> jdbi.inTransaction(handle -> {
            List<AgreementStore.Recorded> recorded = new ArrayList<>();
            for (QualityFileImport.Agreement agreement : file.agreements()) {
                String reason = agreement.reason() == null ? "imported from " + file.source() : agreement.reason();
                recorded.add(agreements.record(handle, actor, agreement.terms(), reason, now));
            }
            if (file.measurements().isEmpty()) {
                return new QualityFileImport.Result(recorded, 0, false);
            }
            boolean before = handle.createQuery("SELECT COUNT(*) FROM quality_batch WHERE channel = 'FILE' AND "
                    + "content_sha256 = :sha").bind("sha", file.contentSha256()).mapTo(Long.class).one() > 0;
            if (before) {
                return new QualityFileImport.Result(recorded, 0, true);
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("content_sha256", file.contentSha256());
            details.put("measurements", file.measurements().size());
            AuditEntry entry = audit.append(handle, AuditEntryDraft.of(actor, IMPORT_ACTION, "file:" + file.source(),
                    details), now);
            insertBatch(handle, "FILE", null, null, file.source(), file.contentSha256(), file.measurements(), actor,
                    now, entry.seq());
            return new QualityFileImport.Result(recorded, file.measurements().size(), false);
        }));
    }

    /** The supplier's batch of that ID, if it was posted. */
    public Optional<StoredBatch> batch(SupplierId supplier, String batchId) {
        return StoreCall.run("read the batch", () -> jdbi.withHandle(handle -> batch(handle, supplier, batchId)));
    }

    /** Every measurement of the part, oldest first (by timestamp, then as stored). */
    public List<Measurement> measurements(PartId part) {
        return StoreCall.run("read the measurements", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM quality_measurement WHERE part_id = :part ORDER BY measured_at, id")
                .bind("part", part.value()).map((row, ctx) -> measurement(row)).list()));
    }

    /** The measurements of one characteristic of the part, every supplier and source, oldest first. */
    public List<Measurement> measurements(PartId part, String characteristic) {
        return StoreCall.run("read the measurements", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM quality_measurement WHERE part_id = :part AND characteristic = :c "
                        + "ORDER BY measured_at, id")
                .bind("part", part.value()).bind("c", characteristic).map((row, ctx) -> measurement(row)).list()));
    }

    /** How many measurements the part has per supplier, characteristic and source, sorted so (source by name). */
    public List<MeasurementCount> counts(PartId part) {
        return StoreCall.run("count the measurements", () -> jdbi.withHandle(handle -> handle
                .createQuery("""
                        SELECT supplier_id, characteristic, source, COUNT(*) AS n, MIN(measured_at) AS first_at,
                            MAX(measured_at) AS last_at
                        FROM quality_measurement WHERE part_id = :part
                        GROUP BY supplier_id, characteristic, source ORDER BY supplier_id, characteristic, source""")
                .bind("part", part.value())
                .map((row, ctx) -> new MeasurementCount(new SupplierId(row.getString("supplier_id")),
                        row.getString("characteristic"), Source.valueOf(row.getString("source")), row.getLong("n"),
                        UtcTimestamp.read(row, "first_at"), UtcTimestamp.read(row, "last_at")))
                .list()));
    }

    /** The parts that have measurements, by ID: what a portfolio-wide check goes through. */
    public List<PartId> parts() {
        return StoreCall.run("read the measured parts", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT DISTINCT part_id FROM quality_measurement ORDER BY part_id")
                .map((row, ctx) -> new PartId(row.getString("part_id"))).list()));
    }

    /**
     * SHA-256 of a batch's content, independent of the order of its measurements: each measurement as one line
     * {@code part TAB characteristic TAB supplier TAB lot TAB epoch-milliseconds TAB value TAB source}, the value
     * as {@link Double#toString}, the lines sorted and joined with newlines.
     */
    public static String contentSha256(List<Measurement> measurements) {
        List<String> lines = new ArrayList<>();
        for (Measurement m : measurements) {
            lines.add(String.join("\t", m.part().value(), m.characteristic(), m.supplier().value(), m.lot(),
                    Long.toString(UtcTimestamp.stored(m.timestamp()).toEpochMilli()), Double.toString(m.value()),
                    m.source().name()));
        }
        lines.sort(null);
        return TokenStore.sha256(String.join("\n", lines));
    }

    private static StoredBatch insertBatch(Handle handle, String channel, String supplier, String batchId,
                                           String sourceFile, String sha, List<Measurement> measurements,
                                           String receivedBy, Instant now, long auditSeq) {
        long ref = handle.createUpdate("""
                INSERT INTO quality_batch (channel, supplier_id, batch_id, source_file, content_sha256,
                    measurement_count, received_by, received_at, audit_seq)
                VALUES (:channel, :supplier, :batch, :file, :sha, :count, :by, :at, :seq)""")
                .bind("channel", channel).bind("supplier", supplier).bind("batch", batchId).bind("file", sourceFile)
                .bind("sha", sha).bind("count", measurements.size()).bind("by", receivedBy)
                .bind("at", UtcTimestamp.argument(now)).bind("seq", auditSeq)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        var insert = handle.prepareBatch("""
                INSERT INTO quality_measurement (batch_ref, part_id, characteristic, supplier_id, lot, measured_at,
                    measured_value, source)
                VALUES (:ref, :part, :characteristic, :supplier, :lot, :at, :value, :source)""");
        for (Measurement m : measurements) {
            insert.bind("ref", ref).bind("part", m.part().value()).bind("characteristic", m.characteristic())
                    .bind("supplier", m.supplier().value()).bind("lot", m.lot())
                    .bind("at", UtcTimestamp.argument(UtcTimestamp.stored(m.timestamp()))).bind("value", m.value())
                    .bind("source", m.source().name()).add();
        }
        insert.execute();
        return new StoredBatch(ref, channel, supplier, batchId, sourceFile, sha, measurements.size(), receivedBy, now,
                auditSeq);
    }

    private static Optional<StoredBatch> batch(Handle handle, SupplierId supplier, String batchId) {
        return handle.createQuery("SELECT " + BATCH_COLUMNS + " FROM quality_batch WHERE supplier_id = :supplier "
                        + "AND batch_id = :batch")
                .bind("supplier", supplier.value()).bind("batch", batchId)
                .map((row, ctx) -> new StoredBatch(row.getLong("id"), row.getString("channel"),
                        row.getString("supplier_id"), row.getString("batch_id"), row.getString("source_file"),
                        row.getString("content_sha256"), row.getInt("measurement_count"),
                        row.getString("received_by"), UtcTimestamp.read(row, "received_at"),
                        row.getLong("audit_seq")))
                .findOne();
    }

    private static Measurement measurement(ResultSet row) throws SQLException {
        return new Measurement(new PartId(row.getString("part_id")), row.getString("characteristic"),
                new SupplierId(row.getString("supplier_id")), row.getString("lot"),
                UtcTimestamp.read(row, "measured_at"), row.getDouble("measured_value"),
                Source.valueOf(row.getString("source")));
    }
}
