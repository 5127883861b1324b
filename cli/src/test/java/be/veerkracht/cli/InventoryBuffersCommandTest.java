package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.inventory.BufferPlanner;
import be.veerkracht.inventory.PartBufferPlan;
import be.veerkracht.inventory.ServiceLevels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryBuffersCommandTest {

    private static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");

    @Test
    void lists_every_part_with_its_buffer_and_the_four_ways_to_hold_it() throws Exception {
        CliRun run = CliRun.of("inventory", "buffers", SAMPLE.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("schema").asText()).isEqualTo("veerkracht/buffers/1");
        List<PartBufferPlan> direct = new BufferPlanner(ServiceLevels.DEFAULT)
                .plan(new PortfolioReader().read(SAMPLE).portfolio());
        assertThat(json.get("parts")).hasSize(direct.size());
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode part : json.get("parts")) {
            total = total.add(part.get("safety_stock_value_eur").decimalValue());
            assertThat(part.get("holdings")).hasSize(4);
            // cheapest first
            assertThat(part.get("holdings").get(0).get("annual_cost_eur").decimalValue())
                    .isLessThanOrEqualTo(part.get("holdings").get(3).get("annual_cost_eur").decimalValue());
        }
        assertThat(json.get("total_safety_stock_value_eur").decimalValue()).isEqualByComparingTo(total);
        JsonNode first = json.get("parts").get(0);
        assertThat(first.get("part_id").asText()).isEqualTo(direct.get(0).partId());
        assertThat(first.get("safety_stock_units").asDouble()).isEqualTo(direct.get(0).target().safetyStockUnits());
    }

    @Test
    void the_text_speaks_dutch_and_bad_levels_exit_2() {
        CliRun dutch = CliRun.of("inventory", "buffers", SAMPLE.toString(), "--lang", "nl");
        assertThat(dutch.exitCode()).as(dutch.err()).isZero();
        assertThat(dutch.out()).contains("VEERKRACHT BUFFERS", "servicegraad", "goedkoopst als");
        CliRun bad = CliRun.of("inventory", "buffers", SAMPLE.toString(), "--service-level-a", "1.5");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("service level of criticality A");
    }

    @Test
    void every_label_in_every_language() throws Exception {
        CliLabelBundles.assertComplete(InventoryBuffersCommand.Label.class);
    }
}
