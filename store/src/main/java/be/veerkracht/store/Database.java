package be.veerkracht.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An open Veerkracht database with its schema up to date: the one door to H2 or PostgreSQL that every store
 * facility ({@code SnapshotStore}, {@code AuditLog}, later modules' tables) goes through, so opening, migrating
 * and reporting failures happen once, the same way, whichever database the user chose.
 *
 * <p>Opening fails with a {@link StoreException} naming the problem (never a driver stack trace). Close it to
 * release the embedded H2 file.
 */
public final class Database implements AutoCloseable {

    /** System property H2 reads once for the address its servers listen on (H2 {@code SysProperties}). */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";
    /** The auto-server of a shared H2 file listens on loopback only: other machines have no business there. */
    static final String LOOPBACK = "127.0.0.1";

    static {
        // Must run before H2's SysProperties class loads; an address the application set itself is kept.
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, LOOPBACK);
        }
    }

    private final DatabaseSettings settings;
    private final DatabaseVendor vendor;
    private final DataSource dataSource;
    private final Jdbi jdbi;

    private Database(DatabaseSettings settings, DatabaseVendor vendor, DataSource dataSource) {
        this.settings = settings;
        this.vendor = vendor;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens the database, creating it (and the default folder) when missing, and migrates its schema. */
    public static Database open(DatabaseSettings settings) {
        DatabaseVendor vendor = DatabaseVendor.of(settings.url())
                .orElseThrow(() -> StoreException.of(StoreProblem.UNSUPPORTED_URL, settings.displayUrl()));
        DataSource dataSource = vendor == DatabaseVendor.H2 ? h2(settings) : postgres(settings);
        try {
            probe(dataSource, settings);
            Migrations.run(dataSource, settings);
        } catch (RuntimeException failure) {
            release(dataSource);
            throw failure;
        }
        return new Database(settings, vendor, dataSource);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DatabaseVendor vendor() {
        return vendor;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        release(dataSource);
    }

    private static DataSource h2(DatabaseSettings settings) {
        Optional<Path> folder = H2Url.folder(settings.url());
        if (folder.isPresent()) {
            try {
                Files.createDirectories(folder.get());
            } catch (IOException | SecurityException failure) {
                throw StoreException.because(failure, StoreProblem.CANNOT_CREATE_DIRECTORY, folder.get(),
                        failure.getMessage());
            }
        }
        H2Url h2 = H2Url.of(settings);
        return JdbcConnectionPool.create(h2.url(), h2.user(), h2.password());
    }

    /** The URL's user and password win over the environment's, as in the PostgreSQL driver itself. */
    private static DataSource postgres(DatabaseSettings settings) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setUrl(settings.url());
        } catch (IllegalArgumentException malformed) {
            throw StoreException.because(malformed, StoreProblem.UNSUPPORTED_URL, settings.displayUrl());
        }
        if (dataSource.getUser() == null && settings.user() != null) {
            dataSource.setUser(settings.user());
        }
        if (dataSource.getPassword() == null && settings.password() != null) {
            dataSource.setPassword(settings.password());
        }
        return dataSource;
    }

    private static void probe(DataSource dataSource, DatabaseSettings settings) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(0);
        } catch (SQLException failure) {
            throw ConnectionFailures.translate(failure, settings);
        }
    }

    private static void release(DataSource dataSource) {
        if (dataSource instanceof JdbcConnectionPool pool) {
            pool.dispose();
        }
    }
}
