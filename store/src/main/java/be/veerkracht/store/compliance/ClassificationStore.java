package be.veerkracht.store.compliance;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.DualUseCode;
import be.veerkracht.compliance.ItemKind;
import be.veerkracht.store.StoreCall;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The export-control classifications of our parts and products (table {@code export_classification}). Append-only:
 * a new classification of an item supersedes the last one, which stays in the history; each is recorded with an
 * {@value #ACTION} audit entry in the same transaction. Keyed by item ID, so a classification survives re-imports.
 */
public final class ClassificationStore {

    public static final String ACTION = "export.classify";

    private static final String COLUMNS = "item_kind, item_id, status, dual_use_code, classified_by, classified_on, "
            + "reason, evidence, recorded_by, recorded_at, audit_seq";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public ClassificationStore(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a classification and appends {@value #ACTION} (subject the item; details the status, the code or the
     * reason, who classified, when, and the evidence).
     *
     * @param actor the user entering it
     */
    public Classification classify(String actor, ItemRef item, ControlStatus status, String classifiedBy,
                                   java.time.LocalDate classifiedOn, String reason, String evidence) {
        Instant now = UtcTimestamp.stored(clock.instant());
        Classification draft = new Classification(item, status, classifiedBy, classifiedOn, reason, evidence, actor,
                now, 0);
        String code = status instanceof ControlStatus.Listed listed ? listed.code().code() : null;
        return StoreCall.run("record the classification", () -> jdbi.inTransaction(handle -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", statusName(status));
            details.put("dual_use_code", code);
            details.put("classified_by", draft.classifiedBy());
            details.put("classified_on", classifiedOn.toString());
            details.put("reason", draft.reason());
            details.put("evidence", draft.evidence());
            AuditEntry entry = audit.append(handle, AuditEntryDraft.of(actor, ACTION, item.toString(), details), now);
            handle.createUpdate("INSERT INTO export_classification (" + COLUMNS + ") VALUES (:kind, :id, :status, "
                            + ":code, :by, :on, :reason, :evidence, :actor, :at, :seq)")
                    .bind("kind", item.kind().name()).bind("id", item.id()).bind("status", statusName(status))
                    .bind("code", code).bind("by", draft.classifiedBy()).bind("on", classifiedOn)
                    .bind("reason", draft.reason()).bind("evidence", draft.evidence()).bind("actor", actor)
                    .bind("at", UtcTimestamp.argument(now)).bind("seq", entry.seq())
                    .execute();
            return new Classification(item, status, draft.classifiedBy(), classifiedOn, draft.reason(),
                    draft.evidence(), actor, now, entry.seq());
        }));
    }

    /** The item's current classification; empty when it was never classified (it is then unclassified). */
    public Optional<Classification> current(ItemRef item) {
        return StoreCall.run("read the classification", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM export_classification WHERE item_kind = :kind AND "
                        + "item_id = :id ORDER BY id DESC")
                .bind("kind", item.kind().name()).bind("id", item.id())
                .setMaxRows(1).map((row, ctx) -> read(row)).findFirst()));
    }

    /** Every item's current classification, by item in the order first classified. */
    public Map<ItemRef, Classification> current() {
        Map<ItemRef, Classification> latest = new LinkedHashMap<>();
        for (Classification classification : all()) {
            latest.put(classification.item(), classification);
        }
        return latest;
    }

    /** The item's classifications, oldest first. */
    public List<Classification> history(ItemRef item) {
        return StoreCall.run("read the classifications", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM export_classification WHERE item_kind = :kind AND "
                        + "item_id = :id ORDER BY id")
                .bind("kind", item.kind().name()).bind("id", item.id())
                .map((row, ctx) -> read(row)).list()));
    }

    private List<Classification> all() {
        return StoreCall.run("read the classifications", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM export_classification ORDER BY id")
                .map((row, ctx) -> read(row)).list()));
    }

    private static String statusName(ControlStatus status) {
        return status instanceof ControlStatus.Listed ? "LISTED" : "NOT_LISTED";
    }

    private static Classification read(ResultSet row) throws SQLException {
        ItemRef item = new ItemRef(ItemKind.valueOf(row.getString("item_kind")), row.getString("item_id"));
        String reason = row.getString("reason");
        ControlStatus status = "LISTED".equals(row.getString("status"))
                ? new ControlStatus.Listed(DualUseCode.parse(row.getString("dual_use_code")))
                : new ControlStatus.NotListed(reason);
        return new Classification(item, status, row.getString("classified_by"),
                row.getObject("classified_on", java.time.LocalDate.class), reason, row.getString("evidence"),
                row.getString("recorded_by"), UtcTimestamp.read(row, "recorded_at"), row.getLong("audit_seq"));
    }
}
