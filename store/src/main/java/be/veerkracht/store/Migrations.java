package be.veerkracht.store;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings a database's schema up to date with the SQL migrations on the classpath, the same files for H2 and
 * PostgreSQL. A database already migrated by a newer Veerkracht is refused rather than used half-understood:
 * Flyway itself would ignore such "future" migrations by default.
 */
final class Migrations {

    /** Where the migrations live: a package path, so they cannot clash with another jar's {@code db/migration}. */
    static final String LOCATION = "classpath:be/veerkracht/store/migration";

    private Migrations() {
    }

    static void run(DataSource dataSource, DatabaseSettings settings) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load();
        try {
            refuseNewerSchema(flyway, settings);
            flyway.migrate();
        } catch (FlywayException failure) {
            Optional<SQLException> cause = sqlCause(failure);
            if (cause.isPresent() && isConnectionFailure(cause.get())) {
                throw ConnectionFailures.translate(cause.get(), settings);
            }
            throw StoreException.because(failure, StoreProblem.MIGRATION_FAILED, settings.displayUrl(),
                    ConnectionFailures.firstLine(failure.getMessage()));
        }
    }

    private static void refuseNewerSchema(Flyway flyway, DatabaseSettings settings) {
        MigrationInfo[] applied = flyway.info().applied();
        boolean future = Arrays.stream(applied).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS);
        if (future) {
            MigrationInfo newest = applied[applied.length - 1];
            MigrationInfo[] ours = flyway.info().all();
            String ourVersion = Arrays.stream(ours)
                    .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS)
                    .reduce((a, b) -> b).map(m -> m.getVersion().toString()).orElse("0");
            throw StoreException.of(StoreProblem.SCHEMA_TOO_NEW, settings.displayUrl(),
                    newest.getVersion().toString(), ourVersion);
        }
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /** SQLSTATE class 08 (connection exception) or 28 (invalid authorization), per the SQL standard. */
    private static boolean isConnectionFailure(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("28"));
    }
}
