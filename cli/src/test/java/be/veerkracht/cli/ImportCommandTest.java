package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import as a user runs it: the shipped example, then broken copies of it, against a real H2 file. */
class ImportCommandTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "machinebouwer");

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void database() {
        db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    @Test
    void the_example_imports_with_its_figures() {
        CliRun run = CliRun.of("import", EXAMPLE.toString(), "--db", db, "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("as snapshot 1", "18 parts, 16 suppliers, 23 sourcing links, 3 tools",
                // spend computed independently with Python from examples/machinebouwer/*.csv:
                // sum(annual_demand * share * unit_price / price_per_quantity) = 4,338,721.00
                "planned annual spend: EUR 4,338,721.00",
                "single-sourced parts: 14 of 18",
                "producing in 11 countries: BE, CN, CZ, DE, IT, JP, MA, NL, SE, TW, VN");
    }

    @Test
    void a_broken_file_exits_2_lists_every_problem_and_stores_nothing() throws Exception {
        assertThat(CliRun.of("import", EXAMPLE.toString(), "--db", db).exitCode()).isZero();
        String chainBefore = CliRun.of("audit", "verify", "--db", db).out();
        Path broken = copyOfExample();
        edit(broken.resolve("suppliers.csv"), "S-JP-01;Kanto Linear Motion K.K.;JP", "S-JP-01;Kanto Linear Motion K.K.;JA");
        edit(broken.resolve("sourcing.csv"), "P-1090;S-DE-03;100%;156,00;1;21", "P-1090;S-DE-03;100%;156,00;1;-21");
        edit(broken.resolve("sourcing.csv"), "P-1020;S-TW-01;60%", "P-1020;S-TW-01;80");

        CliRun run = CliRun.of("import", broken.toString(), "--db", db, "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                "suppliers.csv: row 8, country: unknown country code 'JA': use ISO 3166-1 alpha-2, such as BE, DE or CN",
                "sourcing.csv: row 8, share: a share above 1 must be a percentage: write 80% (or 0,8), got 80",
                "sourcing.csv: row 18, lead_time_days: must be > 0, got -21",
                "3 problem(s); nothing was stored.");
        assertThat(CliRun.of("snapshots", "--db", db).out().lines().filter(l -> l.matches("\\s+\\d+\\s.*")))
                .hasSize(1);
        assertThat(CliRun.of("audit", "verify", "--db", db).out()).isEqualTo(chainBefore);
    }

    @Test
    void each_import_is_a_new_snapshot_and_the_newest_is_listed_first() {
        CliRun.of("import", EXAMPLE.toString(), "--db", db);
        CliRun.of("import", EXAMPLE.toString(), "--db", db);

        List<String> rows = CliRun.of("snapshots", "--db", db).out().lines().skip(1).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("   2  ");
        assertThat(rows.get(1)).startsWith("   1  ");
        assertThat(CliRun.of("audit", "verify", "--db", db).out()).contains("audit chain intact: 2 entries");
    }

    @Test
    void dutch_messages_with_lang_nl() {
        CliRun run = CliRun.of("import", dir.resolve("ontbreekt.xlsx").toString(), "--db", db, "--lang", "nl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ontbreekt.xlsx: bestand of map niet gevonden:")
                .contains("1 probleem/problemen; er is niets opgeslagen.");
    }

    private Path copyOfExample() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("broken"));
        try (var files = Files.list(EXAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
