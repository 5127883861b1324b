package be.veerkracht.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening: where the default database goes, and each way opening can fail, as a sentence, not a trace. */
class DatabaseOpeningTest {

    @TempDir
    Path temp;

    private static StoreProblem problemOpening(DatabaseSettings settings) {
        try (Database opened = Database.open(settings)) {
            throw new AssertionError("opened " + opened.settings());
        } catch (StoreException failure) {
            return failure.problem();
        }
    }

    @Test
    void the_default_database_is_created_in_a_veerkracht_folder_under_home() {
        try (Database database = Database.open(DatabaseSettings.defaultFor(temp))) {
            assertThat(database.vendor()).isEqualTo(DatabaseVendor.H2);
        }
        assertThat(temp.resolve(".veerkracht/veerkracht.mv.db")).isRegularFile();
    }

    @Test
    void an_unknown_kind_of_url_is_a_usage_error() {
        assertThatThrownBy(() -> Database.open(new DatabaseSettings("jdbc:mysql://localhost/vk", null, null)))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreProblem.UNSUPPORTED_URL);
                    assertThat(e.problem().isUsageError()).isTrue();
                    assertThat(e.message(new Locale("nl"))).startsWith("geen database die Veerkracht kan gebruiken");
                });
        assertThat(problemOpening(new DatabaseSettings("jdbc:postgresql://[nonsense", null, null)))
                .isEqualTo(StoreProblem.UNSUPPORTED_URL);
    }

    @Test
    void a_folder_that_cannot_be_made_is_named() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Database.open(new DatabaseSettings("jdbc:h2:file:" + file.resolve("db/vk"), null,
                null))).isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreProblem.CANNOT_CREATE_DIRECTORY);
                    assertThat(e.getMessage()).contains(file.resolve("db").toString());
                });
    }

    @Test
    void a_wrong_h2_password_is_access_denied() {
        String url = "jdbc:h2:file:" + temp.resolve("guarded");
        Database.open(new DatabaseSettings(url + ";USER=sa;PASSWORD=right", null, null)).close();
        assertThat(problemOpening(new DatabaseSettings(url + ";USER=sa;PASSWORD=wrong", null, null)))
                .isEqualTo(StoreProblem.ACCESS_DENIED);
    }

    @Test
    void a_postgres_server_that_is_not_there_cannot_be_connected() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://127.0.0.1:" + closedPort
                + "/veerkracht?connectTimeout=2&password=s3cret", "an", null);
        assertThatThrownBy(() -> Database.open(settings)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.problem()).isEqualTo(StoreProblem.CANNOT_CONNECT);
            assertThat(e.problem().isUsageError()).isFalse();
            assertThat(e.getMessage()).contains("127.0.0.1:" + closedPort).doesNotContain("s3cret");
        });
    }

    @Test
    void a_file_held_by_a_process_without_server_is_in_use() {
        // H2 ErrorCode.DATABASE_ALREADY_OPEN_1, what a second process gets when AUTO_SERVER=FALSE
        SQLException inUse = new SQLException("Database may be already in use", "90020", 90020);
        StoreException failure = ConnectionFailures.translate(inUse,
                new DatabaseSettings("jdbc:h2:file:/x;AUTO_SERVER=FALSE", null, null));
        assertThat(failure.problem()).isEqualTo(StoreProblem.DATABASE_IN_USE);
        assertThat(failure.getMessage()).contains("AUTO_SERVER=TRUE");
    }
}
