package be.veerkracht.store.screening;

import be.veerkracht.screening.ListSource;
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
 * Reviewers' decisions on screening hits (table {@code screening_review}), append-only, each with a
 * {@value #ACTION} audit entry; the newest decision per counterparty and list entry counts.
 */
public final class ReviewStore {

    public static final String ACTION = "screening.review";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public ReviewStore(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Review decide(String actor, String counterparty, ListSource source, String entryId,
                         String entryFingerprint, ReviewDecision decision, String reason) {
        Instant now = UtcTimestamp.stored(clock.instant());
        Review draft = new Review(counterparty, source, entryId, entryFingerprint, decision, reason, actor, now, 0);
        return StoreCall.run("record the review", () -> jdbi.inTransaction(handle -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("list", source.key());
            details.put("entry_id", entryId);
            details.put("entry_fingerprint", entryFingerprint);
            details.put("decision", decision.name());
            details.put("reason", reason.strip());
            AuditEntry entry = audit.append(handle, AuditEntryDraft.of(actor, ACTION, counterparty, details), now);
            handle.createUpdate("INSERT INTO screening_review (counterparty, source, entry_id, entry_fingerprint, "
                            + "decision, reason, reviewed_by, reviewed_at, audit_seq) VALUES (:who, :source, :entry, "
                            + ":fingerprint, :decision, :reason, :actor, :at, :seq)")
                    .bind("who", counterparty).bind("source", source.name()).bind("entry", entryId)
                    .bind("fingerprint", entryFingerprint).bind("decision", decision.name())
                    .bind("reason", reason.strip()).bind("actor", actor).bind("at", UtcTimestamp.argument(now))
                    .bind("seq", entry.seq()).execute();
            return new Review(draft.counterparty(), source, entryId, entryFingerprint, decision, reason.strip(),
                    actor, now, entry.seq());
        }));
    }

    /** The newest decision on this counterparty and entry, if any (whether it still applies is for the caller). */
    public Optional<Review> latest(String counterparty, ListSource source, String entryId) {
        return StoreCall.run("read the review", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM screening_review WHERE counterparty = :who AND source = :source AND "
                        + "entry_id = :entry ORDER BY id DESC")
                .bind("who", counterparty).bind("source", source.name()).bind("entry", entryId).setMaxRows(1)
                .map((row, ctx) -> read(row))
                .findFirst()));
    }

    /** Every decision, oldest first. */
    public List<Review> all() {
        return StoreCall.run("read the reviews", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM screening_review ORDER BY id")
                .map((row, ctx) -> read(row))
                .list()));
    }

    private static Review read(ResultSet row) throws SQLException {
        return new Review(row.getString("counterparty"), ListSource.valueOf(row.getString("source")),
                row.getString("entry_id"), row.getString("entry_fingerprint"),
                ReviewDecision.valueOf(row.getString("decision")), row.getString("reason"),
                row.getString("reviewed_by"), UtcTimestamp.read(row, "reviewed_at"), row.getLong("audit_seq"));
    }
}
