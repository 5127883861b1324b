package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.simulation.montecarlo.MonteCarloStressTest;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");
    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "stress-test.schema.json");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void reorder_point_replenishment_runs_the_parts_own_r_q_policies_on_the_reference_engine() throws Exception {
        CliRun run = CliRun.of("simulate", SAMPLE.toString(), "--scenarios", "60", "--seed", "11", "--threads", "2",
                "--replenishment", "reorder-point", "--ordering-cost", "250", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = json.readTree(run.out());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(SCHEMA));
        assertThat(schema.validate(document)).as("schema errors").isEmpty();
        assertThat(document.at("/settings/replenishment").asText()).isEqualTo("reorder_point");
        assertThat(document.at("/settings/engine").asText()).isEqualTo("reference");

        // The same policies through the library: r from the buffer plan, Q the EOQ at EUR 250 an order.
        be.veerkracht.portfolio.Portfolio portfolio = new PortfolioReader().read(SAMPLE).portfolio();
        java.util.Map<String, be.veerkracht.simulation.ReorderPointPolicy> byPart = new java.util.LinkedHashMap<>();
        new be.veerkracht.inventory.ReorderPolicyPlanner(be.veerkracht.inventory.CapitalTerms.DEFAULT,
                new BigDecimal("250")).plan(portfolio, new be.veerkracht.inventory.BufferPlanner(
                        be.veerkracht.inventory.ServiceLevels.DEFAULT).plan(portfolio))
                .forEach(policy -> byPart.put(policy.partId(), policy.simulationPolicy()));
        StressTestResult direct = new MonteCarloStressTest(StressTestModel.compile(portfolio,
                ReferenceGeographyLoader.shipped(), EventCatalogueLoader.shipped(),
                new be.veerkracht.simulation.montecarlo.Replenishment.ReorderPoints(byPart)))
                .run(StressTestSettings.of(60, 365, 11, 1));
        assertThat(document.get("expected_annual_loss_eur").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(direct.expectedAnnualLossEur()).setScale(2, RoundingMode.HALF_EVEN));

        CliRun text = CliRun.of("simulate", SAMPLE.toString(), "--scenarios", "5", "--no-progress",
                "--replenishment", "reorder-point");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Replenishment: (r, Q) per part").contains("EUR 100.00 per order");
    }

    @Test
    void a_bad_replenishment_or_an_ordering_cost_without_it_exits_2() {
        CliRun unknown = CliRun.of("simulate", SAMPLE.toString(), "--replenishment", "kanban");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("--replenishment must be keep or reorder-point, got 'kanban'");
        CliRun stray = CliRun.of("simulate", SAMPLE.toString(), "--ordering-cost", "50");
        assertThat(stray.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stray.err()).contains("--ordering-cost is for --replenishment reorder-point");
        CliRun negative = CliRun.of("simulate", SAMPLE.toString(), "--replenishment", "reorder-point",
                "--ordering-cost", "-5");
        assertThat(negative.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void the_json_follows_its_schema_and_is_the_engine_s_result_for_the_sample() throws Exception {
        CliRun run = CliRun.of("simulate", SAMPLE.toString(), "--scenarios", "300", "--seed", "11", "--threads", "2",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = json.readTree(run.out());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(SCHEMA));
        List<Error> errors = schema.validate(document);
        assertThat(errors).as("schema errors").isEmpty();

        // The same run through the library, without the command: the command only wires and formats.
        ReferenceGeography geography = ReferenceGeographyLoader.shipped();
        StressTestResult direct = new MonteCarloStressTest(StressTestModel.compile(
                new PortfolioReader().read(SAMPLE).portfolio(), geography, EventCatalogueLoader.shipped()))
                .run(StressTestSettings.of(300, 365, 11, 1));
        assertThat(document.get("expected_annual_loss_eur").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(direct.expectedAnnualLossEur()).setScale(2, RoundingMode.HALF_EVEN));
        assertThat(document.get("cvar99_eur").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(direct.cvar99Eur()).setScale(2, RoundingMode.HALF_EVEN));
        assertThat(document.get("parts")).hasSize(direct.parts().size());
        assertThat(document.get("actions").size()).isBetween(1, SimulateCommand.ACTIONS);
        assertThat(document.get("event_catalogue").asText()).startsWith("veerkracht-events");
    }

    @Test
    void one_and_two_threads_print_the_same_document() throws Exception {
        CliRun one = CliRun.of("simulate", SAMPLE.toString(), "--scenarios", "200", "--threads", "1", "--format",
                "json");
        CliRun two = CliRun.of("simulate", SAMPLE.toString(), "--scenarios", "200", "--threads", "2", "--format",
                "json");
        JsonNode a = json.readTree(one.out());
        JsonNode b = json.readTree(two.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) a.get("settings")).remove("threads");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b.get("settings")).remove("threads");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void demand_noise_is_a_setting_of_the_result() throws Exception {
        CliRun run = CliRun.of("simulate", SAMPLE.toString(), "--scenarios", "50", "--demand-noise", "--format",
                "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = json.readTree(run.out());
        assertThat(document.get("settings").get("demand_noise").asBoolean()).isTrue();
        assertThat(document.get("assumptions").toString()).contains("demand noise is on");
    }

    @Test
    void the_text_report_speaks_dutch_and_french() {
        CliRun dutch = CliRun.of("simulate", SAMPLE.toString(), "--scenarios", "100", "--lang", "nl");
        assertThat(dutch.exitCode()).as(dutch.err()).isZero();
        assertThat(dutch.out()).contains("VEERKRACHT STRESSTEST", "Verwacht verlies: EUR ", "Per leverancier");
        CliRun french = CliRun.of("simulate", SAMPLE.toString(), "--scenarios", "100", "--lang", "fr");
        assertThat(french.out()).contains("TEST DE RÉSISTANCE", "Perte attendue : EUR ");
        assertThat(dutch.err()).doesNotContain("Simuleren"); // no progress bar without a terminal
    }

    @Test
    void a_user_s_events_file_changes_the_rates(@TempDir Path folder) throws Exception {
        // Taiwan Strait at 1 a year instead of the shipped 0.02: its share of the loss must grow.
        Files.writeString(folder.resolve("events.csv"), "scope,event,applies_to,annual_rate,median_days,p90_days,"
                + "delay_days,use_recovery_days,source\nfootprint,TAIWAN_STRAIT,,1.0,180,730,,,our war game\n",
                StandardCharsets.UTF_8);
        double shipped = taiwanShare(CliRun.of("simulate", SAMPLE.toString(), "--scenarios", "200", "--format",
                "json"));
        double ours = taiwanShare(CliRun.of("simulate", SAMPLE.toString(), "--scenarios", "200", "--format", "json",
                "--reference", folder.toString()));
        assertThat(ours).isGreaterThan(shipped);
    }

    private double taiwanShare(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (JsonNode event : json.readTree(run.out()).get("contributions").get("events")) {
            if (event.get("key").asText().equals("TAIWAN_STRAIT")) {
                return event.get("share").asDouble();
            }
        }
        return 0;
    }

    @Test
    void bad_settings_and_a_broken_events_file_exit_2(@TempDir Path folder) throws Exception {
        for (List<String> args : List.of(List.of("--scenarios", "0"), List.of("--horizon-days", "0"),
                List.of("--threads", "0"), List.of("--scenarios", "many"))) {
            String[] command = new String[args.size() + 2];
            command[0] = "simulate";
            command[1] = SAMPLE.toString();
            for (int i = 0; i < args.size(); i++) {
                command[i + 2] = args.get(i);
            }
            CliRun run = CliRun.of(command);
            assertThat(run.exitCode()).as(args.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(args.toString()).contains(args.get(0));
        }
        Files.writeString(folder.resolve("events.csv"), "scope,event,applies_to,annual_rate,median_days,p90_days,"
                + "delay_days,use_recovery_days,source\nfootprint,TAIWAN_STRAIT,,often,180,730,,,x\n",
                StandardCharsets.UTF_8);
        CliRun broken = CliRun.of("simulate", SAMPLE.toString(), "--reference", folder.toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err()).contains("events.csv", "annual_rate");
    }

    @Test
    void every_label_in_every_language_and_links_counted_in_words() throws Exception {
        CliLabelBundles.assertComplete(SimulateLabel.class);
        assertThat(be.veerkracht.i18n.Messages.format(SimulateLabel.RATE_LINE, java.util.Locale.ENGLISH, "FIRE",
                "stability:HIGH", "0.005", "90", "270", 1)).endsWith(", 1 link");
        assertThat(be.veerkracht.i18n.Messages.format(SimulateLabel.RATE_LINE, java.util.Locale.ENGLISH, "FIRE",
                "stability:HIGH", "0.005", "90", "270", 1200)).endsWith(", 1,200 links");
        assertThat(be.veerkracht.i18n.Messages.format(SimulateLabel.RATE_LINE, Locale.forLanguageTag("nl"), "FIRE",
                "stability:HIGH", "0,005", "90", "270", 6)).endsWith(", 6 koppelingen");
    }
}
