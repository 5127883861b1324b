package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lists import}, {@code screen} and {@code screen review} over the UN fixture (8 entries copied from the real
 * 2026-02-27 list, ingest's test resources) and the sample portfolio.
 */
class ScreenCommandTest {

    private static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");
    private static final Path UN = Path.of("..", "ingest", "src", "test", "resources", "be", "veerkracht", "ingest",
            "sanctions", "un_consolidated_fixture.xml");
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    private List<AuditEntry> audit() {
        try (Database database = Database.open(new DatabaseSettings(db(), null, null))) {
            return new AuditLog(database.jdbi(), Clock.systemUTC()).entries(0, 100);
        }
    }

    @Test
    void a_list_is_imported_once_and_a_listed_entity_is_found_explained_and_reviewed() throws Exception {
        CliRun imported = CliRun.of("lists", "import", UN.toString(), "--db", db());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Stored un_consolidated_fixture.xml as list version 1: 8 entries, "
                + "published 2026-02-27");
        CliRun again = CliRun.of("lists", "import", UN.toString(), "--db", db());
        assertThat(again.out()).contains("Already stored as list version 1");
        assertThat(CliRun.of("lists", "--db", db()).out()).contains("un").contains("2026-02-27");

        // KPe.001 is "KOREA MINING DEVELOPMENT TRADING CORPORATION" (entity, KP); "Corp" is its legal form written
        // short: stripped on both sides, the rest matches exactly
        CliRun screen = CliRun.of("screen", "--name", "Korea Mining Development Trading Corp", "--country", "KP",
                "--format", "json", "--db", db());
        assertThat(screen.exitCode()).as(screen.err()).isZero();
        JsonNode document = json.readTree(screen.out());
        assertThat(document.get("schema").asText()).isEqualTo("veerkracht/screening/1");
        assertThat(com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(java.nio.file.Files.newInputStream(
                Path.of("..", "docs", "schemas", "screening.schema.json"))).validate(document))
                .as("schema errors").isEmpty();
        assertThat(document.at("/list_versions/0/label").asText()).startsWith("un 2026-02-27");
        JsonNode hit = document.at("/matches/0");
        assertThat(hit.get("entry_id").asText()).isEqualTo("KPe.001");
        assertThat(hit.get("score").asDouble()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
        assertThat(hit.at("/explanation/tokens").size()).isPositive();
        assertThat(hit.at("/explanation/text").asText()).contains("korea");
        assertThat(hit.at("/review/state").asText()).isEqualTo("open");

        CliRun review = CliRun.of("screen", "review", "--counterparty", "name:Korea Mining Development Trading Corp",
                "--list", "un", "--entry", "KPe.001", "--decision", "true_match", "--reason", "same name and country",
                "--db", db());
        assertThat(review.exitCode()).as(review.err()).isZero();
        JsonNode after = json.readTree(CliRun.of("screen", "--name", "Korea Mining Development Trading Corp",
                "--country", "KP", "--format", "json", "--no-record", "--db", db()).out());
        assertThat(after.at("/matches/0/review/state").asText()).isEqualTo("true_match");
        assertThat(after.get("audit_seq").isNull()).isTrue();
        assertThat(audit()).extracting(AuditEntry::action).containsExactly("sanctions.list_import", "screening.run",
                "screening.review");
    }

    @Test
    void the_portfolio_s_customer_in_russia_is_a_country_concern() throws Exception {
        assertThat(CliRun.of("lists", "import", UN.toString(), "--db", db()).exitCode()).isZero();
        CliRun screen = CliRun.of("screen", SAMPLE.toString(), "--format", "json", "--db", db());
        assertThat(screen.exitCode()).as(screen.err()).isZero();
        JsonNode document = json.readTree(screen.out());
        // 7 customers + the sample's suppliers are screened; K-1007 OOO Volga Pack is in RU, under the dual-use ban
        // of Reg. (EU) 833/2014 Art. 2 in the shipped rules
        assertThat(document.get("screened").asInt()).isGreaterThan(7);
        assertThat(document.get("country_concerns").toString()).contains("customer:K-1007").contains("RU");
    }

    @Test
    void bad_input_exits_2() throws Exception {
        CliRun none = CliRun.of("screen", "--name", "ACME", "--db", db());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("no sanctions list is stored yet");
        Path broken = dir.resolve("broken.xml");
        java.nio.file.Files.writeString(broken, "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\"><INDIVIDUALS>");
        CliRun bad = CliRun.of("lists", "import", broken.toString(), "--source", "un", "--db", db());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("broken.xml").contains("nothing was stored");
        assertThat(CliRun.of("lists", "--db", db()).out()).contains("No sanctions lists stored yet");
        CliRun threshold = CliRun.of("screen", "--name", "ACME", "--threshold", "1.5", "--db", db());
        assertThat(threshold.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void screening_runs_by_itself_after_a_list_update_and_after_an_import() {
        CliRun first = CliRun.of("import", SAMPLE.toString(), "--db", db());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).doesNotContain("sanctions screening");
        CliRun list = CliRun.of("lists", "import", UN.toString(), "--db", db());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("sanctions screening (un 2026-02-27").contains("in embargoed countries");
        CliRun second = CliRun.of("import", SAMPLE.toString(), "--db", db());
        assertThat(second.out()).contains("sanctions screening (un 2026-02-27");
        assertThat(audit()).extracting(AuditEntry::action).containsExactly("portfolio.import",
                "sanctions.list_import", "screening.run", "portfolio.import", "screening.run");
        assertThat(audit().get(2).subject()).isEqualTo("snapshot:1");
        assertThat(audit().get(4).subject()).isEqualTo("snapshot:2");
    }
}
