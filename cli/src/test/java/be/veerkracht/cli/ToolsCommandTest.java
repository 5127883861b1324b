package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.tooling.PortfolioToolingRoi;
import be.veerkracht.tooling.ToolRoi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ToolsCommandTest {

    private static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");

    @Test
    void every_tool_of_the_sample_with_its_case_as_the_library_computes_it() throws Exception {
        CliRun run = CliRun.of("tools", SAMPLE.toString(), "--scenarios", "300", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("schema").asText()).isEqualTo("veerkracht/tools/1");
        Portfolio portfolio = new PortfolioReader().read(SAMPLE).portfolio();
        ReferenceGeography geography = ReferenceGeographyLoader.shipped();
        List<ToolRoi> direct = new PortfolioToolingRoi(StressTestModel.compile(portfolio, geography,
                EventCatalogueLoader.shipped())).evaluate(portfolio, 300, 20261128L);
        assertThat(json.get("tools")).hasSize(portfolio.tools().size()).hasSize(direct.size());
        JsonNode first = json.get("tools").get(0);
        assertThat(first.get("tool_id").asText()).isEqualTo(direct.get(0).toolId());
        assertThat(first.get("cost_per_day_eur").decimalValue()).isEqualByComparingTo(direct.get(0).costPerDayEur());
        assertThat(first.get("stop_probability").asDouble())
                .isCloseTo(direct.get(0).stopShareWithout(), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void the_text_speaks_french_and_bad_settings_exit_2() {
        CliRun french = CliRun.of("tools", SAMPLE.toString(), "--scenarios", "100", "--lang", "fr");
        assertThat(french.exitCode()).as(french.err()).isZero();
        assertThat(french.out()).contains("REGISTRE DES MOULES", "Moule ");
        CliRun bad = CliRun.of("tools", SAMPLE.toString(), "--scenarios", "0");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void every_label_in_every_language() throws Exception {
        for (String suffix : List.of("", "_nl", "_fr")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/be/veerkracht/cli/tools" + suffix
                    + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ToolsCommand.Label label : ToolsCommand.Label.values()) {
                assertThat(bundle.getProperty(label.key())).as(label + suffix).isNotBlank();
                new java.text.MessageFormat(bundle.getProperty(label.key()));
            }
            assertThat(bundle.stringPropertyNames()).hasSize(ToolsCommand.Label.values().length);
        }
    }
}
