package be.veerkracht.store.quality;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * The quality agreements, measurements and supplier tokens of one open database: what the command line and the web
 * application both read and write through.
 */
public record QualityRecords(AgreementStore agreements, MeasurementStore measurements, SupplierTokenStore tokens) {

    public QualityRecords {
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(tokens, "tokens");
    }

    /** Over an open database the caller keeps and closes. */
    public static QualityRecords of(Database database, Clock clock) {
        AuditLog audit = new AuditLog(database.jdbi(), clock);
        return new QualityRecords(new AgreementStore(database.jdbi(), audit, clock),
                new MeasurementStore(database.jdbi(), audit, clock),
                new SupplierTokenStore(database.jdbi(), audit, clock, new SecureRandom()));
    }
}
