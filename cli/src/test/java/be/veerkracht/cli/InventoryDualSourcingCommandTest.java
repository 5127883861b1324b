package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.inventory.dualsourcing.DemandDistribution;
import be.veerkracht.inventory.dualsourcing.DualSourcingInstance;
import be.veerkracht.inventory.dualsourcing.PolicyOptimiser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class InventoryDualSourcingCommandTest {

    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "dual-sourcing.schema.json");
    private static final String[] ISSUE_7 = {"dual-sourcing", "--regular-lead-time", "2", "--expedited-lead-time",
        "0", "--expedited-premium", "20", "--holding", "5", "--backorder", "495", "--demand", "uniform:0:4"};
    private final ObjectMapper json = new ObjectMapper();

    /** Runs {@code veerkracht inventory ...} in-process, configured as VeerkrachtCommand configures it. */
    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new InventoryCommand())
                .setExecutionExceptionHandler(new ErrorReporter())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    private static CliRun issue7(String... more) {
        List<String> args = new ArrayList<>(List.of(ISSUE_7));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private JsonNode validated(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = json.readTree(run.out());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(SCHEMA));
        List<Error> errors = schema.validate(document);
        assertThat(errors).as("schema errors").isEmpty();
        return document;
    }

    @Test
    void dp_prints_the_optimum_and_the_optimal_action_in_a_state_as_schema_valid_json() throws Exception {
        JsonNode doc = validated(issue7("--policy", "dp", "--state", "0,2", "--format", "json"));
        assertThat(doc.get("policy").asText()).isEqualTo("dp");
        // 323/14 = 23.071429, the optimum RelativeValueIterationTest checks three ways.
        assertThat(doc.get("average_cost_per_period").asDouble()).isEqualTo(23.071429);
        assertThat(doc.get("gap_percent").asDouble()).isZero();
        assertThat(doc.get("bounds_check").get("binds").asBoolean()).isFalse();
        assertThat(doc.get("action").get("expedited").asInt()).isEqualTo(4);
        assertThat(doc.get("state").asText()).isEqualTo("0,2");
    }

    @Test
    void cdi_prints_its_parameters_cost_and_gap_as_the_library_computes_them() throws Exception {
        JsonNode doc = validated(issue7("--policy", "cdi", "--format", "json", "--simulate"));
        DualSourcingInstance instance = new DualSourcingInstance(2, 20, 5, 495,
                DemandDistribution.parse("uniform:0:4"));
        double exact = new PolicyOptimiser(instance).cappedDualIndex().cost().averageCost();
        assertThat(doc.get("average_cost_per_period").asDouble()).isEqualTo(
                Math.round(exact * 1e6) / 1e6);
        assertThat(doc.get("parameters").get("regular_cap").asInt()).isEqualTo(3);
        assertThat(doc.get("parameters").get("expedited_order_up_to").asInt()).isEqualTo(4);
        assertThat(doc.get("parameters").get("regular_order_up_to").asInt()).isEqualTo(9);
        assertThat(doc.get("method").get("kind").asText()).isEqualTo("exact");
        // (23.120879 - 23.071429) / 23.071429 = 0.2143 %
        assertThat(doc.get("gap_percent").asDouble()).isEqualTo(0.2143);
        JsonNode interval = doc.get("simulation").get("confidence_interval_95");
        assertThat(exact).isBetween(interval.get(0).asDouble(), interval.get(1).asDouble());
    }

    @Test
    void given_parameters_are_costed_exactly_or_by_simulation_when_the_chain_is_too_large() throws Exception {
        JsonNode exact = validated(issue7("--policy", "di", "--parameters",
                "expedited_order_up_to=4,regular_order_up_to=9", "--format", "json"));
        // The optimised DI of PolicyOptimiserTest: 23.337662.
        assertThat(exact.get("average_cost_per_period").asDouble()).isEqualTo(23.337662);
        assertThat(exact.get("method").get("kind").asText()).isEqualTo("exact");

        JsonNode simulated = validated(issue7("--policy", "di", "--parameters",
                "expedited_order_up_to=4,regular_order_up_to=9", "--max-states", "5", "--format", "json"));
        assertThat(simulated.get("method").get("kind").asText()).isEqualTo("simulation");
        assertThat(simulated.get("method").get("states").isNull()).isTrue();
        JsonNode interval = simulated.get("simulation").get("confidence_interval_95");
        assertThat(23.337662).isBetween(interval.get(0).asDouble(), interval.get(1).asDouble());

        CliRun missing = issue7("--policy", "cdi", "--parameters", "expedited_order_up_to=4");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("cdi takes exactly expedited_order_up_to, regular_order_up_to, "
                + "regular_cap");
        CliRun unstable = issue7("--policy", "tbs", "--parameters", "regular_quantity=2,expedited_order_up_to=4");
        assertThat(unstable.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unstable.err()).contains("not below the mean demand");
        assertThat(issue7("--policy", "dp", "--parameters", "x=1").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void every_heuristic_prints_text_with_its_documented_parameters() {
        for (String policy : List.of("si", "di", "tbs")) {
            CliRun run = issue7("--policy", policy, "--state", "3,1");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("policy: " + policy).contains("average_cost_per_period: ")
                    .contains("method: exact").contains("optimum: 23.071429 (dp), gap ").contains("action in state 3,1");
        }
        assertThat(issue7("--policy", "tbs").out()).contains("regular_quantity=1, expedited_order_up_to=4");
        assertThat(issue7("--policy", "si").out()).contains("expedited_base_stock=7, regular_base_stock=10");
    }

    @Test
    void numbers_use_a_decimal_point_whatever_the_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nl-BE"));
            assertThat(issue7("--policy", "di").out()).contains("average_cost_per_period: 23.337662");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void bad_input_is_exit_2_with_a_clear_message() {
        CliRun expedited = run("dual-sourcing", "--regular-lead-time", "2", "--expedited-lead-time", "1",
                "--expedited-premium", "20", "--holding", "5", "--backorder", "495", "--demand", "uniform:0:4",
                "--policy", "dp");
        assertThat(expedited.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(expedited.err()).contains("--expedited-lead-time 1 is not supported; only 0");

        CliRun demand = run("dual-sourcing", "--regular-lead-time", "2", "--expedited-premium", "20", "--holding",
                "5", "--backorder", "495", "--demand", "normal:2", "--policy", "di");
        assertThat(demand.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(demand.err()).contains("unknown kind 'normal'");

        assertThat(issue7("--policy", "xyz").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun state = issue7("--policy", "dp", "--state", "1,2,3");
        assertThat(state.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(state.err()).contains("--state needs x and 1 pipeline order(s)");
        assertThat(issue7("--policy", "dp", "--state", "500,0").err()).contains("outside the solved state space");
        CliRun negative = issue7("--policy", "dp", "--state", "1,-2");
        assertThat(negative.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(negative.err()).contains("--state: pipeline orders must be >= 0");
        assertThat(run("dual-sourcing", "--regular-lead-time", "0", "--expedited-premium", "20", "--holding", "5",
                "--backorder", "495", "--demand", "uniform:0:4", "--policy", "di").exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(issue7().exitCode()).as("--policy is required").isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void inventory_alone_lists_its_subcommands() {
        CliRun run = run();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("dual-sourcing");
    }
}
