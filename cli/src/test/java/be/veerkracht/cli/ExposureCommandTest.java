package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureCommandTest {

    private static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");
    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "exposure-recovery.schema.json");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_json_of_the_sample_follows_its_schema() throws Exception {
        CliRun run = CliRun.of("exposure", SAMPLE.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = json.readTree(run.out());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(SCHEMA));
        List<Error> errors = schema.validate(document);
        assertThat(errors).as("schema errors").isEmpty();

        JsonNode nodes = document.get("nodes");
        assertThat(nodes.size()).isGreaterThan(86); // 86 suppliers with active sources, plus sites, footprints, zones
        assertThat(nodes.get(0).get("risk_exposure_index").asDouble()).isEqualTo(1.0);
        for (int i = 1; i < nodes.size(); i++) {
            assertThat(nodes.get(i).get("performance_impact_eur").decimalValue())
                    .isLessThanOrEqualTo(nodes.get(i - 1).get("performance_impact_eur").decimalValue());
        }
        for (JsonNode node : nodes) {
            boolean shorter = !node.get("tts_days").isNull()
                    && node.get("tts_days").asDouble() < node.get("ttr_days").asDouble();
            assertThat(node.get("exposed").asBoolean()).as(node.get("node").asText()).isEqualTo(shorter);
        }
        assertThat(document.get("actions").size()).isPositive();
        assertThat(document.get("event_catalogue").asText()).startsWith("veerkracht-events");
    }

    @Test
    void the_text_report_names_the_nodes_in_the_user_s_language() {
        CliRun english = CliRun.of("exposure", SAMPLE.toString());
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).contains("TIME TO SURVIVE", "TAIWAN_STRAIT", "What to do first:");
        CliRun dutch = CliRun.of("exposure", SAMPLE.toString(), "--lang", "nl");
        assertThat(dutch.exitCode()).as(dutch.err()).isZero();
        assertThat(dutch.out()).contains("knopen geanalyseerd", "verhoog de voorraad");
    }

    @Test
    void a_broken_reference_folder_or_a_missing_file_exits_2(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("events.csv"), "scope,event,applies_to,annual_rate,median_days,p90_days,"
                + "delay_days,use_recovery_days,source\nfootprint,TAIWAN_STRAIT,,often,180,730,,,x\n",
                StandardCharsets.UTF_8);
        CliRun broken = CliRun.of("exposure", SAMPLE.toString(), "--reference", folder.toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err()).contains("events.csv", "annual_rate");
        CliRun missing = CliRun.of("exposure", folder.resolve("nothing-here").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun format = CliRun.of("exposure", SAMPLE.toString(), "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void every_label_in_every_language() throws IOException {
        CliLabelBundles.assertComplete(ExposureLabel.class);
    }

    @Test
    void the_bench_counts_nodes_and_lps() throws Exception {
        CliRun run = CliRun.of("bench", "exposure", "--parts", "300", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = json.readTree(run.out());
        assertThat(document.get("schema").asText()).isEqualTo(BenchExposureCommand.SCHEMA);
        assertThat(document.get("nodes").get("supplier").asInt()).isPositive();
        assertThat(document.get("run_seconds").asDouble()).isPositive();
        assertThat(CliRun.of("bench", "exposure", "--parts", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
