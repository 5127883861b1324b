package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptimizeSplitCommandTest {

    private static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");
    private final ObjectMapper json = new ObjectMapper();

    private static Schema schema(String file) throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(Path.of("..", "docs", "schemas", file)));
    }

    @Test
    void one_decision_gives_the_hand_checked_optimum_as_json() throws Exception {
        // the hand case of CvarLpSplitOptimiserTest (scipy linprog): 81.633 / 91.837 units,
        // E 272.65, CVaR90 338.78, objective 305.71 EUR
        CliRun run = CliRun.of("optimize-split", "--demand", "100", "--shortage-cost", "10",
                "--supplier", "A:1:100:0.1", "--supplier", "B:2:100:0.1", "--cvar-weight", "0.5",
                "--cvar-alpha", "0.9", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = json.readTree(run.out());
        assertThat(schema("optimize-split.schema.json").validate(document)).as("schema errors").isEmpty();
        assertThat(document.at("/allocation/A").asDouble()).isEqualTo(81.6327);
        assertThat(document.at("/allocation/B").asDouble()).isEqualTo(91.8367);
        assertThat(document.get("expected_cost").decimalValue()).isEqualByComparingTo("272.65");
        assertThat(document.get("cvar").decimalValue()).isEqualByComparingTo("338.78");
        assertThat(document.get("objective").decimalValue()).isEqualByComparingTo("305.71");
        assertThat(document.get("scenarios").asInt()).isEqualTo(4);
        assertThat(document.get("frontier")).hasSize(OptimizeSplitCommand.SINGLE_FRONTIER_POINTS);
        // 50/50 over the same scenarios, free quantities: 50 each, E = 0.81·150 + 0.09·(100 + 500) + 0.09·(50 +
        // 500) + 0.01·1,000 = 235 EUR (by hand)
        assertThat(document.at("/comparison/fifty_fifty/expected_cost").decimalValue()).isEqualByComparingTo("235");
    }

    @Test
    void one_decision_in_dutch_text() {
        CliRun run = CliRun.of("optimize-split", "--demand", "100", "--shortage-cost", "10",
                "--supplier", "A:1:100:0.1", "--supplier", "B:2:100:0.1", "--lang", "nl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("VOLUMEVERDELING").contains("Bestel: A ").contains("Waarom:");
    }

    @Test
    void bad_input_exits_2_with_the_reason() {
        String[][] cases = {
            {"--supplier", "A:1:100", "must be NAME:PRICE:CAPACITY:FAILURE_PROB"},
            {"--supplier", "A:1:100:1.5", "FAILURE_PROB must be a probability in [0, 1]"},
            {"--supplier", "A:x:100:0.1", "PRICE must be a number"},
            {"--supplier", "A:-1:100:0.1", "PRICE must be at least 0 EUR"},
        };
        for (String[] bad : cases) {
            CliRun run = CliRun.of("optimize-split", "--demand", "100", "--shortage-cost", "10", bad[0], bad[1]);
            assertThat(run.exitCode()).as(bad[1]).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).contains(bad[2]);
        }
        CliRun twice = CliRun.of("optimize-split", "--demand", "100", "--shortage-cost", "10",
                "--supplier", "A:1:100:0.1", "--supplier", "A:2:100:0.1");
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(twice.err()).contains("supplier A is given twice");
        CliRun noDemand = CliRun.of("optimize-split", "--supplier", "A:1:100:0.1");
        assertThat(noDemand.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun weight = CliRun.of("optimize-split", "--demand", "100", "--shortage-cost", "10", "--supplier",
                "A:1:100:0.1", "--cvar-weight", "1.2");
        assertThat(weight.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(weight.err()).contains("--cvar-weight must be in [0, 1]");
        CliRun alpha = CliRun.of("optimize-split", "--demand", "100", "--shortage-cost", "10", "--supplier",
                "A:1:100:0.1", "--cvar-alpha", "1");
        assertThat(alpha.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void the_portfolio_gives_the_same_json_on_one_and_two_threads_and_fits_the_schema() throws Exception {
        CliRun one = CliRun.of("optimize-split", SAMPLE.toString(), "--scenarios", "60", "--seed", "5",
                "--threads", "1", "--frontier-points", "3", "--format", "json");
        assertThat(one.exitCode()).as(one.err()).isZero();
        CliRun two = CliRun.of("optimize-split", SAMPLE.toString(), "--scenarios", "60", "--seed", "5",
                "--threads", "2", "--frontier-points", "3", "--format", "json");
        assertThat(two.out()).isEqualTo(one.out());
        JsonNode document = json.readTree(one.out());
        assertThat(schema("optimize-split-portfolio.schema.json").validate(document)).as("schema errors").isEmpty();
        assertThat(document.get("parts").size()).isPositive();
        assertThat(document.at("/parts/0/method").asText()).isEqualTo("sample_average_approximation");
        assertThat(document.at("/parts/0/sample_size").asInt()).isEqualTo(60);

        CliRun text = CliRun.of("optimize-split", SAMPLE.toString(), "--scenarios", "30", "--no-progress",
                "--lang", "fr");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("RÉPARTITIONS DES VOLUMES").contains("Pièces avec un choix de source");
    }

    @Test
    void every_label_in_every_language() throws Exception {
        CliLabelBundles.assertComplete(OptimizeSplitLabel.class);
    }
}
