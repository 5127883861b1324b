package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job on the shipped sample (examples/flemish-machine-builder). Expected figures come from outside the
 * Java code: the spend from a Python sum over the CSV files (sum of demand × share × price / price unit =
 * 40,078,127.78), the sourcing patterns from the generating script's own tally
 * (examples/tools/make_flemish_machine_builder.py: 111 single, 7 one-country, 9 China + Taiwan, 15 same zone,
 * 38 across zones).
 */
class AssessAndDemoCommandTest {

    private static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");
    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "assess.schema.json");

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void database() {
        db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    @Test
    void the_demo_prints_a_report_a_purchasing_director_reads_in_a_minute() {
        CliRun run = CliRun.of("demo", "--db", db, "--lang", "en", "--no-serve");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("180 parts, 86 suppliers, planned annual spend EUR 40,078,128",
                "111  single-sourced", "9  two or more sources inside one event footprint, such as China + Taiwan",
                "Second source in the same event footprint (false security): 9 findings",
                "all sit inside footprint TAIWAN_STRAIT");
        assertThat(CliRun.of("snapshots", "--db", db).out()).contains("flemish-machine-builder (demo)");
    }

    @Test
    void the_json_follows_its_schema_and_carries_the_independent_figures() throws Exception {
        assertThat(CliRun.of("import", SAMPLE.toString(), "--db", db).exitCode()).isZero();
        CliRun run = CliRun.of("assess", "--db", db, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode json = new ObjectMapper().readTree(run.out());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(SCHEMA));
        List<Error> errors = schema.validate(json);
        assertThat(errors).as("schema errors").isEmpty();

        assertThat(json.at("/portfolio/parts").asInt()).isEqualTo(180);
        assertThat(json.at("/portfolio/annual_spend_eur").decimalValue()).isEqualByComparingTo("40078127.78");
        assertThat(json.at("/snapshot/id").asLong()).isEqualTo(1);
        Map<String, Integer> classes = new HashMap<>();
        json.get("parts").forEach(p -> classes.merge(p.get("sourcing_class").asText(), 1, Integer::sum));
        assertThat(classes).containsEntry("SINGLE", 111).containsEntry("SAME_COUNTRY", 7)
                .containsEntry("SAME_FOOTPRINT", 9).containsEntry("SAME_ZONE", 15).containsEntry("DIVERSIFIED", 38);
    }

    @Test
    void json_keeps_decimal_points_on_a_dutch_machine() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("nl", "BE"));
            CliRun run = CliRun.of("assess", SAMPLE.toString(), "--format", "json", "--lang", "nl");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("\"annual_spend_eur\" : 40078127.78").doesNotContain("40078127,78");
            assertThat(new ObjectMapper().readTree(run.out()).get("snapshot").isNull()).isTrue();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void the_report_comes_in_dutch() {
        CliRun run = CliRun.of("assess", SAMPLE.toString(), "--lang", "nl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("180 onderdelen, 86 leveranciers, geplande jaarlijkse aankoopwaarde EUR 40.078.128",
                "enkelvoudig bevoorraad");
    }

    @Test
    void without_a_snapshot_assess_says_what_to_do() {
        CliRun run = CliRun.of("assess", "--db", db);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no snapshot", "import one, or give a PATH");
    }
}
