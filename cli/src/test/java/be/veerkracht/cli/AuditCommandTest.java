package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit verify} exits 3 naming the first broken entry; the store tests cover every kind of break. */
class AuditCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void threeImports() {
        db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        for (int i = 0; i < 3; i++) {
            assertThat(CliRun.of("import", "../examples/machinebouwer", "--db", db).exitCode()).isZero();
        }
    }

    @Test
    void an_intact_chain_exports_and_verifies() {
        Path file = dir.resolve("audit.jsonl");

        assertThat(CliRun.of("audit", "export", file.toString(), "--db", db).out()).contains("Wrote 3 audit entries");
        CliRun fromFile = CliRun.of("audit", "verify", file.toString());
        CliRun fromDb = CliRun.of("audit", "verify", "--db", db);

        assertThat(fromFile.exitCode()).isZero();
        assertThat(fromDb.exitCode()).isZero();
        assertThat(fromFile.out()).contains("audit chain intact: 3 entries");
    }

    @Test
    void an_entry_edited_in_the_database_fails_with_exit_code_3() throws Exception {
        try (Connection c = DriverManager.getConnection(db + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE"); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 2");
        }

        CliRun run = CliRun.of("audit", "verify", "--db", db);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("(seq 2)", "was changed after it was written");
    }

    @Test
    void a_deleted_line_in_an_export_fails_with_exit_code_3() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        CliRun.of("audit", "export", file.toString(), "--db", db);
        List<String> lines = Files.readAllLines(file);
        Files.write(file, List.of(lines.get(0), lines.get(2)));

        CliRun run = CliRun.of("audit", "verify", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("entry 2 is missing");
    }

    @Test
    void a_missing_export_file_is_bad_input() {
        CliRun run = CliRun.of("audit", "verify", dir.resolve("nope.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
    }
}
