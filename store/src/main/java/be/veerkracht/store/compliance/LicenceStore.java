package be.veerkracht.store.compliance;

import be.veerkracht.compliance.RecordRetention;
import be.veerkracht.compliance.licence.CoverageResult;
import be.veerkracht.compliance.licence.Licence;
import be.veerkracht.compliance.licence.LicenceCoverage;
import be.veerkracht.compliance.licence.LicenceKind;
import be.veerkracht.compliance.licence.LicenceUse;
import be.veerkracht.compliance.licence.ReportingPeriod;
import be.veerkracht.compliance.licence.Requirement;
import be.veerkracht.store.StoreCall;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The licences the company holds and the shipments made under them (tables {@code export_licence},
 * {@code licence_use}), each change with its audit entry ({@code licence.add}, {@code licence.use},
 * {@code licence.delete}) in the same transaction. A licence file is kept for the retention period
 * ({@link RecordRetention}) counted from the latest of its last valid day, its last use and its recording; deleting it
 * earlier is refused.
 */
public final class LicenceStore {

    private static final String SEPARATOR = ",";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final RecordRetention retention;

    public LicenceStore(Jdbi jdbi, AuditLog audit, Clock clock, RecordRetention retention) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    /** Records a licence the authority granted; {@link ComplianceProblem#LICENCE_EXISTS} when the number is taken. */
    public Licence add(String actor, Licence licence) {
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("record the licence", () -> jdbi.inTransaction(handle -> {
            if (find(handle, licence.number()).isPresent()) {
                throw ComplianceException.of(ComplianceProblem.LICENCE_EXISTS, licence.number());
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("kind", licence.kind().name());
            details.put("authorisation", licence.authorisation());
            details.put("valid_from", licence.validFrom().toString());
            details.put("valid_until", licence.validUntil() == null ? null : licence.validUntil().toString());
            details.put("items", List.copyOf(licence.items()));
            details.put("destinations", List.copyOf(licence.destinations()));
            details.put("quantity_limit", plain(licence.quantityLimit()));
            details.put("value_limit_eur", plain(licence.valueLimitEur()));
            details.put("end_user", licence.endUser());
            details.put("reporting", licence.reporting().name());
            AuditEntry entry = audit.append(handle, AuditEntryDraft.of(actor, "licence.add",
                    subject(licence.number()), details), now);
            handle.createUpdate("INSERT INTO export_licence (licence_number, kind, authorisation, valid_from, "
                            + "valid_until, items, destinations, quantity_limit, value_limit_eur, end_user, reporting, "
                            + "recorded_by, recorded_at, audit_seq) VALUES (:number, :kind, :auth, :from, :until, "
                            + ":items, :destinations, :quantity, :value, :endUser, :reporting, :actor, :at, :seq)")
                    .bind("number", licence.number()).bind("kind", licence.kind().name())
                    .bind("auth", licence.authorisation()).bind("from", licence.validFrom())
                    .bind("until", licence.validUntil())
                    .bind("items", String.join(SEPARATOR, licence.items()))
                    .bind("destinations", String.join(SEPARATOR, licence.destinations()))
                    .bind("quantity", licence.quantityLimit()).bind("value", licence.valueLimitEur())
                    .bind("endUser", licence.endUser()).bind("reporting", licence.reporting().name())
                    .bind("actor", actor).bind("at", UtcTimestamp.argument(now)).bind("seq", entry.seq())
                    .execute();
            return licence;
        }));
    }

    /** Every licence, by number. */
    public List<Licence> licences() {
        return StoreCall.run("read the licences", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM export_licence ORDER BY licence_number")
                .map((row, ctx) -> read(row)).list()));
    }

    /**
     * Records a shipment under a licence and appends {@code licence.use}, after checking in the same transaction that
     * the licence covers it ({@link LicenceCoverage}: kind, validity on the shipping date, the item by its Annex I
     * code or ID, destination, what is left of its limits after the uses so far);
     * {@link ComplianceProblem#NOT_COVERED} with the first reason when it does not.
     *
     * @param code the item's Annex I code as the export register has it; null when not listed or unknown
     * @return what is left of the licence after this shipment
     */
    public CoverageResult recordUse(String actor, LicenceUse use, String code) {
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("record the licence use", () -> jdbi.inTransaction(handle -> {
            Licence licence = find(handle, use.licenceNumber()).orElseThrow(
                    () -> ComplianceException.of(ComplianceProblem.NO_SUCH_LICENCE, use.licenceNumber()));
            List<LicenceUse> sofar = handle.createQuery("SELECT * FROM licence_use WHERE licence_number = :number "
                    + "ORDER BY id").bind("number", licence.number()).map((row, ctx) -> readUse(row)).list();
            Requirement requirement = licence.kind() == LicenceKind.UGEA_REGISTRATION
                    ? new Requirement.Ugea(licence.authorisation()) : new Requirement.IndividualOrGlobal();
            CoverageResult coverage = new LicenceCoverage(List.of(licence), sofar).find(requirement, use.itemRef(),
                    code, use.destination(), use.shippedOn(), use.quantity(), use.valueEur());
            if (!coverage.covered()) {
                throw ComplianceException.of(ComplianceProblem.NOT_COVERED, licence.number(), use.shipment(),
                        coverage.refusals().get(0).reason().name().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' '));
            }
            boolean recorded = handle.createQuery("SELECT COUNT(*) FROM licence_use WHERE licence_number = :number "
                            + "AND shipment = :shipment AND item_ref = :item")
                    .bind("number", use.licenceNumber()).bind("shipment", use.shipment()).bind("item", use.itemRef())
                    .mapTo(Long.class).one() > 0;
            if (recorded) {
                throw ComplianceException.of(ComplianceProblem.USE_RECORDED, use.licenceNumber(), use.shipment(),
                        use.itemRef());
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("shipment", use.shipment());
            details.put("item", use.itemRef());
            details.put("destination", use.destination());
            details.put("quantity", use.quantity().toPlainString());
            details.put("value_eur", use.valueEur().toPlainString());
            details.put("shipped_on", use.shippedOn().toString());
            AuditEntry entry = audit.append(handle, AuditEntryDraft.of(actor, "licence.use",
                    subject(use.licenceNumber()), details), now);
            handle.createUpdate("INSERT INTO licence_use (licence_number, shipment, item_ref, destination, quantity, "
                            + "value_eur, shipped_on, recorded_by, recorded_at, audit_seq) VALUES (:number, :shipment,"
                            + " :item, :destination, :quantity, :value, :on, :actor, :at, :seq)")
                    .bind("number", use.licenceNumber()).bind("shipment", use.shipment())
                    .bind("item", use.itemRef()).bind("destination", use.destination())
                    .bind("quantity", use.quantity()).bind("value", use.valueEur()).bind("on", use.shippedOn())
                    .bind("actor", actor).bind("at", UtcTimestamp.argument(now)).bind("seq", entry.seq())
                    .execute();
            return coverage;
        }));
    }

    /** Every recorded use, in the order recorded. */
    public List<LicenceUse> uses() {
        return StoreCall.run("read the licence uses", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM licence_use ORDER BY id")
                .map((row, ctx) -> readUse(row)).list()));
    }

    private static LicenceUse readUse(ResultSet row) throws SQLException {
        return new LicenceUse(row.getString("licence_number"), row.getString("shipment"), row.getString("item_ref"),
                row.getString("destination"), row.getBigDecimal("quantity"), row.getBigDecimal("value_eur"),
                row.getObject("shipped_on", LocalDate.class));
    }

    /**
     * Deletes a licence with its uses once its retention has passed, and appends {@code licence.delete}; before that,
     * {@link ComplianceProblem#RETENTION_NOT_PASSED} with the first day it may go.
     */
    public void delete(String actor, String number) {
        Instant now = UtcTimestamp.stored(clock.instant());
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        StoreCall.run("delete the licence", () -> jdbi.inTransaction(handle -> {
            Licence licence = find(handle, number)
                    .orElseThrow(() -> ComplianceException.of(ComplianceProblem.NO_SUCH_LICENCE, number));
            LocalDate latest = latestRecord(handle, licence);
            if (!retention.mayDelete(latest, today)) {
                throw ComplianceException.of(ComplianceProblem.RETENTION_NOT_PASSED, number,
                        retention.deletableFrom(latest), retention.years());
            }
            handle.createUpdate("DELETE FROM licence_use WHERE licence_number = :number").bind("number", number)
                    .execute();
            handle.createUpdate("DELETE FROM export_licence WHERE licence_number = :number").bind("number", number)
                    .execute();
            audit.append(handle, AuditEntryDraft.of(actor, "licence.delete", subject(number),
                    Map.of("kept_since", latest.toString())), now);
            return null;
        }));
    }

    /** The day the licence file's retention counts from: its last valid day, last use or recording, the latest. */
    private static LocalDate latestRecord(Handle handle, Licence licence) {
        LocalDate recorded = handle.createQuery("SELECT recorded_at FROM export_licence WHERE licence_number = :n")
                .bind("n", licence.number()).map((row, ctx) -> UtcTimestamp.read(row, "recorded_at")).one()
                .atZone(ZoneOffset.UTC).toLocalDate();
        Optional<LocalDate> lastUse = handle.createQuery("SELECT MAX(shipped_on) FROM licence_use WHERE "
                        + "licence_number = :n").bind("n", licence.number())
                .map((row, ctx) -> row.getObject(1, LocalDate.class)).findOne();
        LocalDate latest = recorded;
        if (licence.validUntil() != null && licence.validUntil().isAfter(latest)) {
            latest = licence.validUntil();
        }
        if (lastUse.isPresent() && lastUse.get() != null && lastUse.get().isAfter(latest)) {
            latest = lastUse.get();
        }
        return latest;
    }

    private static Optional<Licence> find(Handle handle, String number) {
        return handle.createQuery("SELECT * FROM export_licence WHERE licence_number = :number")
                .bind("number", number).map((row, ctx) -> read(row)).findOne();
    }

    private static Licence read(ResultSet row) throws SQLException {
        return new Licence(row.getString("licence_number"), LicenceKind.valueOf(row.getString("kind")),
                row.getString("authorisation"), row.getObject("valid_from", LocalDate.class),
                row.getObject("valid_until", LocalDate.class), split(row.getString("items")),
                split(row.getString("destinations")), row.getBigDecimal("quantity_limit"),
                row.getBigDecimal("value_limit_eur"), row.getString("end_user"),
                ReportingPeriod.valueOf(row.getString("reporting")));
    }

    private static java.util.Set<String> split(String text) {
        return new LinkedHashSet<>(Arrays.asList(text.split(SEPARATOR)));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String subject(String number) {
        return "licence:" + number;
    }
}
