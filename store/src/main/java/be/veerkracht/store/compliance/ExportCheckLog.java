package be.veerkracht.store.compliance;

import be.veerkracht.compliance.ExportDecision;
import be.veerkracht.compliance.ItemKind;
import be.veerkracht.compliance.ReviewFlag;
import be.veerkracht.store.StoreCall;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Every export check made (table {@code export_check}), append-only, each with an {@value #ACTION} audit entry in the
 * same transaction holding the decision, the rules applied and the rule-set version.
 */
public final class ExportCheckLog {

    public static final String ACTION = "export.check";
    private static final String SEPARATOR = "\n";
    private static final String COLUMNS = "id, item_kind, item_id, destination, transfer, end_use, decision, "
            + "authorisation, rule_set_version, rules, flags, checked_by, checked_at, audit_seq";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public ExportCheckLog(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records the decision (its query names the item) and appends {@value #ACTION}. */
    public RecordedCheck record(String actor, ExportDecision decision) {
        Instant now = UtcTimestamp.stored(clock.instant());
        ItemRef item = new ItemRef(decision.query().item().kind(), decision.query().item().id());
        String destination = decision.query().destination().alpha2();
        String transfer = decision.query().transfer().name();
        String endUse = decision.query().endUseText().isEmpty() ? null : decision.query().endUseText();
        String authorisation = decision.authorisation().map(a -> a.id()).orElse(null);
        List<String> rules = decision.ruleIds();
        List<String> flags = decision.reviewFlags().stream().map(ExportCheckLog::flag).toList();
        return StoreCall.run("record the export check", () -> jdbi.inTransaction(handle -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("destination", destination);
            details.put("transfer", transfer);
            details.put("end_use", endUse);
            details.put("end_use_category", decision.query().endUseCategory().name());
            details.put("decision", decision.decision().name());
            details.put("authorisation", authorisation);
            details.put("rule_set_version", decision.ruleSetVersion());
            details.put("rules", rules);
            details.put("flags", flags);
            AuditEntry entry = audit.append(handle, AuditEntryDraft.of(actor, ACTION, item.toString(), details), now);
            long id = handle.createUpdate("INSERT INTO export_check (item_kind, item_id, destination, transfer, "
                            + "end_use, decision, authorisation, rule_set_version, rules, flags, checked_by, checked_at,"
                            + " audit_seq) VALUES (:kind, :id, :destination, :transfer, :endUse, :decision, :auth, "
                            + ":version, :rules, :flags, :actor, :at, :seq)")
                    .bind("kind", item.kind().name()).bind("id", item.id()).bind("destination", destination)
                    .bind("transfer", transfer).bind("endUse", endUse).bind("decision", decision.decision().name())
                    .bind("auth", authorisation).bind("version", decision.ruleSetVersion())
                    .bind("rules", String.join(SEPARATOR, rules)).bind("flags", String.join(SEPARATOR, flags))
                    .bind("actor", actor).bind("at", UtcTimestamp.argument(now)).bind("seq", entry.seq())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new RecordedCheck(id, item, destination, transfer, endUse, decision.decision().name(),
                    authorisation, decision.ruleSetVersion(), rules, flags, actor, now, entry.seq());
        }));
    }

    /** The newest {@code limit} checks, newest first. */
    public List<RecordedCheck> latest(int limit) {
        return StoreCall.run("read the export checks", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM export_check ORDER BY id DESC")
                .setMaxRows(limit).map((row, ctx) -> read(row)).list()));
    }

    /** The checks of one item, oldest first. */
    public List<RecordedCheck> of(ItemRef item) {
        return StoreCall.run("read the export checks", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM export_check WHERE item_kind = :kind AND item_id = :id "
                        + "ORDER BY id")
                .bind("kind", item.kind().name()).bind("id", item.id()).map((row, ctx) -> read(row)).list()));
    }

    static String flag(ReviewFlag flag) {
        return flag.kind().name() + ": " + flag.subject();
    }

    private static RecordedCheck read(ResultSet row) throws SQLException {
        return new RecordedCheck(row.getLong("id"), new ItemRef(ItemKind.valueOf(row.getString("item_kind")),
                row.getString("item_id")), row.getString("destination"), row.getString("transfer"),
                row.getString("end_use"), row.getString("decision"), row.getString("authorisation"),
                row.getString("rule_set_version"), lines(row.getString("rules")), lines(row.getString("flags")),
                row.getString("checked_by"), UtcTimestamp.read(row, "checked_at"), row.getLong("audit_seq"));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(SEPARATOR));
    }
}
