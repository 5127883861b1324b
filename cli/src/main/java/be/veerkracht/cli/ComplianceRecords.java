package be.veerkracht.cli;

import be.veerkracht.compliance.RecordRetention;
import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.compliance.ClassificationStore;
import be.veerkracht.store.compliance.ExportCheckLog;
import be.veerkracht.store.compliance.IcpStore;
import be.veerkracht.store.compliance.LicenceStore;
import java.time.Clock;

/** The export-control records of one open database, with the system clock and the Flemish retention. */
record ComplianceRecords(ClassificationStore classifications, ExportCheckLog checks, LicenceStore licences,
                         IcpStore icp) {

    static ComplianceRecords of(Database db) {
        Clock clock = Clock.systemUTC();
        AuditLog audit = new AuditLog(db.jdbi(), clock);
        return new ComplianceRecords(new ClassificationStore(db.jdbi(), audit, clock),
                new ExportCheckLog(db.jdbi(), audit, clock),
                new LicenceStore(db.jdbi(), audit, clock, RecordRetention.flemish()),
                new IcpStore(db.jdbi(), audit, clock));
    }

    /** Who is acting: the operating-system user, as in every audit entry the command line writes. */
    static String actor() {
        return System.getProperty("user.name");
    }
}
