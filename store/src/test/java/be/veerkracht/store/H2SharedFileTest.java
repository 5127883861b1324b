package be.veerkracht.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.audit.ChainVerification;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two users of one H2 file: both work, through H2's auto-server (the first opener serves the file to the
 * others), which listens on loopback only.
 */
class H2SharedFileTest {

    /** A child JVM needs a few seconds to start, migrate nothing and save. */
    private static final long CHILD_TIMEOUT_SECONDS = 60;

    @TempDir
    Path temp;

    private DatabaseSettings settings() {
        return new DatabaseSettings("jdbc:h2:file:" + temp.resolve("shared"), null, null);
    }

    private static SnapshotStore store(Database database, TestClock clock) {
        return new SnapshotStore(database.jdbi(), new AuditLog(database.jdbi(), clock), clock);
    }

    @Test
    void two_databases_open_on_one_file_see_each_others_snapshots() {
        TestClock clock = new TestClock();
        try (Database first = Database.open(settings()); Database second = Database.open(settings())) {
            SnapshotInfo saved = store(first, clock).save(RichPortfolio.build(), StoreContractTest.IMPORT);
            assertThat(store(second, clock).list()).containsExactly(saved);
        }
    }

    @Test
    void another_process_saves_while_this_one_holds_the_file() throws IOException, InterruptedException {
        TestClock clock = new TestClock();
        try (Database mine = Database.open(settings())) {
            store(mine, clock).save(RichPortfolio.build(), StoreContractTest.IMPORT);

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveInAnotherProcess.class.getName(),
                    settings().url())
                    .redirectErrorStream(true)
                    .start();
            boolean finished = child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!finished) {
                child.destroyForcibly();
            }
            assertThat(finished).as("child finished; output: %s", output).isTrue();
            assertThat(child.exitValue()).as("child exit code; output: %s", output).isZero();

            List<SnapshotInfo> snapshots = store(mine, clock).list();
            assertThat(snapshots).extracting(SnapshotInfo::actor).containsExactly("child-process", "an.peeters");
            assertThat(new AuditLog(mine.jdbi(), clock).verify()).isInstanceOfSatisfying(
                    ChainVerification.Intact.class, intact -> assertThat(intact.entries()).isEqualTo(2));
            // The auto-server's address is in the lock file; H2 read the loopback bind address Database set.
            assertThat(Files.readString(temp.resolve("shared.lock.db"))).contains("server=localhost");
            assertThat(org.h2.engine.SysProperties.BIND_ADDRESS).isEqualTo(Database.LOOPBACK);
        }
    }
}
