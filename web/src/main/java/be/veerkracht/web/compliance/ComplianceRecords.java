package be.veerkracht.web.compliance;

import be.veerkracht.compliance.RecordRetention;
import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.compliance.ClassificationStore;
import be.veerkracht.store.compliance.ExportCheckLog;
import be.veerkracht.store.compliance.IcpStore;
import be.veerkracht.store.compliance.LicenceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The export-control records of one open database, as the web application writes them: classifications, checks,
 * licences and the ICP, each change with its audit entry, licence files kept for the Flemish retention (seven
 * years, {@link RecordRetention#flemish()}), and the clock that says what "today" is for alerts and reviews.
 */
public record ComplianceRecords(ClassificationStore classifications, ExportCheckLog checks, LicenceStore licences,
                                IcpStore icp, Clock clock) {

    public ComplianceRecords {
        Objects.requireNonNull(classifications, "classifications");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(licences, "licences");
        Objects.requireNonNull(icp, "icp");
        Objects.requireNonNull(clock, "clock");
    }

    /** Over an open database the caller keeps and closes after the server. */
    public static ComplianceRecords of(Database database, Clock clock) {
        AuditLog audit = new AuditLog(database.jdbi(), clock);
        return new ComplianceRecords(new ClassificationStore(database.jdbi(), audit, clock),
                new ExportCheckLog(database.jdbi(), audit, clock),
                new LicenceStore(database.jdbi(), audit, clock, RecordRetention.flemish()),
                new IcpStore(database.jdbi(), audit, clock), clock);
    }

    /** Today in UTC, as the store dates its records. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }
}
