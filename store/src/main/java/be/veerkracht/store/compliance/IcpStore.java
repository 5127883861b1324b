package be.veerkracht.store.compliance;

import be.veerkracht.compliance.icp.IcpChecklist;
import be.veerkracht.compliance.icp.IcpElement;
import be.veerkracht.compliance.icp.IcpElementState;
import be.veerkracht.compliance.icp.IcpStatus;
import be.veerkracht.store.StoreCall;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The state of each element of the Internal Compliance Programme as recorded (table {@code icp_element_state}),
 * append-only: the newest row per element is its state, every update with an {@code icp.update} audit entry.
 */
public final class IcpStore {

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public IcpStore(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records an element's new state; returns the audit entry's sequence number. */
    public long record(String actor, IcpElementState state) {
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("record the ICP element", () -> jdbi.inTransaction(handle -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", state.status().name());
            details.put("owner", state.owner());
            details.put("evidence", state.evidence());
            details.put("reviewed_on", state.reviewedOn() == null ? null : state.reviewedOn().toString());
            AuditEntry entry = audit.append(handle, AuditEntryDraft.of(actor, "icp.update",
                    "icp:" + state.element().name().toLowerCase(Locale.ROOT), details), now);
            handle.createUpdate("INSERT INTO icp_element_state (element, status, owner, evidence, reviewed_on, "
                            + "recorded_by, recorded_at, audit_seq) VALUES (:element, :status, :owner, :evidence, "
                            + ":reviewed, :actor, :at, :seq)")
                    .bind("element", state.element().name()).bind("status", state.status().name())
                    .bind("owner", state.owner()).bind("evidence", state.evidence())
                    .bind("reviewed", state.reviewedOn()).bind("actor", actor)
                    .bind("at", UtcTimestamp.argument(now)).bind("seq", entry.seq()).execute();
            return entry.seq();
        }));
    }

    /** The checklist from the newest state of each element recorded. */
    public IcpChecklist checklist() {
        List<IcpElementState> rows = StoreCall.run("read the ICP", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT element, status, owner, evidence, reviewed_on FROM icp_element_state ORDER BY id")
                .map((row, ctx) -> new IcpElementState(IcpElement.valueOf(row.getString("element")),
                        IcpStatus.valueOf(row.getString("status")), row.getString("owner"),
                        row.getString("evidence"), row.getObject("reviewed_on", LocalDate.class))).list()));
        Map<IcpElement, IcpElementState> latest = new LinkedHashMap<>();
        rows.forEach(state -> latest.put(state.element(), state));
        return new IcpChecklist(List.copyOf(latest.values()));
    }
}
