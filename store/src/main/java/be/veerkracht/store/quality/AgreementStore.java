package be.veerkracht.store.quality;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.AgreementChange;
import be.veerkracht.quality.agreement.AgreementHistory;
import be.veerkracht.quality.agreement.AgreementTerms;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.agreement.QualityAgreement;
import be.veerkracht.store.StoreCall;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
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
 * The quality agreements of parts with their version history (tables {@code quality_agreement} and
 * {@code quality_characteristic}). Append-only: recording terms that differ from the version in force adds the
 * next version with an {@value #ACTION} audit entry in the same transaction; recording the same terms again changes
 * nothing. Keyed by part ID, so agreements survive portfolio re-imports.
 */
public final class AgreementStore {

    public static final String ACTION = "quality.agreement";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public AgreementStore(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records {@code terms} as the part's agreement: a new version when they differ from the version in force
     * (or the part has none), else nothing.
     *
     * @param actor  who enters it (the author of the new version)
     * @param reason why; required
     * @return the version in force afterwards, and whether it is new
     */
    public Recorded record(String actor, AgreementTerms terms, String reason) {
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("record the quality agreement",
                () -> jdbi.inTransaction(handle -> record(handle, actor, terms, reason, now)));
    }

    /**
     * The version in force after recording terms.
     *
     * @param agreement the version in force
     * @param created   true when this call made it
     */
    public record Recorded(QualityAgreement agreement, boolean created) {
    }

    /** As {@link #record(String, AgreementTerms, String)}, inside the caller's transaction. */
    Recorded record(Handle handle, String actor, AgreementTerms terms, String reason, Instant now) {
        AgreementHistory history = history(handle, terms.part());
        Optional<QualityAgreement> current = history.current();
        if (current.isPresent() && AgreementTerms.of(current.get()).equals(terms)) {
            return new Recorded(current.get(), false);
        }
        int version = history.versions().size() + 1;
        QualityAgreement draft = terms.asVersion(version, new AgreementChange(actor, now, reason));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", version);
        details.put("primary_supplier_id", terms.primarySupplier() == null ? null : terms.primarySupplier().value());
        details.put("characteristics", terms.characteristics().stream().map(Characteristic::name).toList());
        details.put("reason", draft.change().reason());
        AuditEntry entry = audit.append(handle, AuditEntryDraft.of(actor, ACTION, "part:" + terms.part(), details), now);
        handle.createUpdate("""
                INSERT INTO quality_agreement (part_id, version, primary_supplier_id, author, changed_at, reason,
                    audit_seq) VALUES (:part, :version, :primary, :author, :at, :reason, :seq)""")
                .bind("part", terms.part().value()).bind("version", version)
                .bind("primary", terms.primarySupplier() == null ? null : terms.primarySupplier().value())
                .bind("author", actor).bind("at", UtcTimestamp.argument(now)).bind("reason", draft.change().reason())
                .bind("seq", entry.seq()).execute();
        int row = 1;
        for (Characteristic c : terms.characteristics()) {
            handle.createUpdate("""
                    INSERT INTO quality_characteristic (part_id, version, row_no, name, unit, nominal, lsl, usl, method,
                        sample_size, frequency, coa_required, equivalence_margin)
                    VALUES (:part, :version, :row, :name, :unit, :nominal, :lsl, :usl, :method, :sample, :frequency,
                        :coa, :margin)""")
                    .bind("part", terms.part().value()).bind("version", version).bind("row", row++)
                    .bind("name", c.name()).bind("unit", c.unit()).bind("nominal", c.nominal()).bind("lsl", c.lsl())
                    .bind("usl", c.usl()).bind("method", c.method()).bind("sample", c.sampleSize())
                    .bind("frequency", c.frequency()).bind("coa", c.certificateRequired())
                    .bind("margin", c.explicitMargin()).execute();
        }
        return new Recorded(draft, true);
    }

    /** Every version of the part's agreement, oldest first; empty history when it has none. */
    public AgreementHistory history(PartId part) {
        return StoreCall.run("read the quality agreement", () -> jdbi.withHandle(handle -> history(handle, part)));
    }

    /** The version in force for the part, if it has an agreement. */
    public Optional<QualityAgreement> current(PartId part) {
        return history(part).current();
    }

    /** Every part's agreement history, by part ID. */
    public List<AgreementHistory> all() {
        return StoreCall.run("read the quality agreements", () -> jdbi.withHandle(handle -> {
            List<AgreementHistory> histories = new ArrayList<>();
            for (String part : handle.createQuery("SELECT DISTINCT part_id FROM quality_agreement ORDER BY part_id")
                    .mapTo(String.class).list()) {
                histories.add(history(handle, new PartId(part)));
            }
            return histories;
        }));
    }

    static AgreementHistory history(Handle handle, PartId part) {
        Map<Integer, List<Characteristic>> characteristics = new LinkedHashMap<>();
        handle.createQuery("SELECT * FROM quality_characteristic WHERE part_id = :part ORDER BY version, row_no")
                .bind("part", part.value())
                .map((row, ctx) -> Map.entry(row.getInt("version"), characteristic(row)))
                .forEach(e -> characteristics.computeIfAbsent(e.getKey(), v -> new ArrayList<>()).add(e.getValue()));
        List<QualityAgreement> versions = handle.createQuery(
                        "SELECT * FROM quality_agreement WHERE part_id = :part ORDER BY version")
                .bind("part", part.value())
                .map((row, ctx) -> {
                    int version = row.getInt("version");
                    String primary = row.getString("primary_supplier_id");
                    return new QualityAgreement(part, version, primary == null ? null : new SupplierId(primary),
                            characteristics.getOrDefault(version, List.of()),
                            new AgreementChange(row.getString("author"), UtcTimestamp.read(row, "changed_at"),
                                    row.getString("reason")));
                }).list();
        return new AgreementHistory(part, versions);
    }

    private static Characteristic characteristic(ResultSet row) throws SQLException {
        return new Characteristic(row.getString("name"), row.getString("unit"), nullable(row, "nominal"),
                nullable(row, "lsl"), nullable(row, "usl"), row.getString("method"), row.getInt("sample_size"),
                row.getString("frequency"), row.getBoolean("coa_required"), nullable(row, "equivalence_margin"));
    }

    private static Double nullable(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
