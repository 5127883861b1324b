package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veerkracht scenario} on the shipped sample (examples/flemish-machine-builder). Which parts may lose is
 * checked against the CSV files read here, not against the Java model: a loss needs an active source producing in a
 * country of the footprint.
 */
class ScenarioCommandTest {

    private static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");
    /** TAIWAN_STRAIT in the shipped footprints.csv. */
    private static final Set<String> STRAIT = Set.of("CN", "HK", "MO", "TW");
    /** Single-sourced from Ningbo (CN), 120 in stock against 74 days of lead time: it runs dry in a 60-day closure. */
    private static final String CHINESE_PART = "110010";
    /** Sourced in the EU only (sourcing.csv). */
    private static final String EU_PART = "110070";

    @TempDir
    Path dir;

    @Test
    void a_strait_closure_costs_only_parts_with_a_source_in_the_strait() throws Exception {
        CliRun run = CliRun.of("scenario", SAMPLE.toString(), "--event", "footprint:TAIWAN_STRAIT:60",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("schema").asText()).isEqualTo("veerkracht/scenario/1");
        assertThat(json.get("horizon_days").asInt()).isEqualTo(365);
        assertThat(json.get("total_loss_eur").decimalValue()).isPositive();
        Set<String> inStrait = partsWithActiveSourceIn(STRAIT);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal previous = null;
        Set<String> listed = new HashSet<>();
        for (JsonNode part : json.get("parts")) {
            String id = part.get("part_id").asText();
            listed.add(id);
            assertThat(inStrait).as("part %s has a source in the strait", id).contains(id);
            BigDecimal loss = part.get("loss_eur").decimalValue();
            assertThat(loss).isPositive();
            assertThat(part.get("lost_units").asDouble()).isPositive();
            assertThat(part.get("fill_rate").asDouble()).isBetween(0.0, 1.0);
            if (previous != null) {
                assertThat(loss).as("largest loss first").isLessThanOrEqualTo(previous);
            }
            previous = loss;
            sum = sum.add(loss);
        }
        assertThat(json.get("total_loss_eur").decimalValue()).isEqualByComparingTo(sum);
        assertThat(listed).contains(CHINESE_PART).doesNotContain(EU_PART);
        assertThat(json.get("assumptions").size()).isGreaterThan(5);
    }

    @Test
    void several_events_cost_at_least_as_much_as_one_and_the_text_uses_the_language() {
        CliRun one = CliRun.of("scenario", SAMPLE.toString(), "--event", "footprint:TAIWAN_STRAIT:60", "--lang", "en");
        CliRun two = CliRun.of("scenario", SAMPLE.toString(), "--event", "footprint:TAIWAN_STRAIT:60",
                "--event", "tool:T-110010", "--lang", "nl");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(one.out()).contains("Total loss: EUR ", CHINESE_PART).doesNotContain(EU_PART + " ");
        // T-110010 is rebuilt in 84 days (tooling.csv), longer than the closure: part 110010 loses more.
        assertThat(two.out()).contains("Totaal verlies: EUR ", "tool:T-110010: 84 dagen");
        assertThat(CliRun.of("scenario", SAMPLE.toString(), "--event", "zone:CN_SPHERE:30", "--lang", "fr").out())
                .contains("Perte totale : EUR ");
    }

    @Test
    void the_latest_snapshot_is_used_without_a_path() throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        assertThat(CliRun.of("import", SAMPLE.toString(), "--db", db).exitCode()).isZero();
        CliRun stored = CliRun.of("scenario", "--db", db, "--event", "supplier:L20110:45", "--format", "json");
        CliRun file = CliRun.of("scenario", SAMPLE.toString(), "--event", "supplier:L20110:45", "--format", "json");
        assertThat(stored.exitCode()).as(stored.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(stored.out()).get("total_loss_eur").decimalValue())
                .isPositive()
                .isEqualByComparingTo(json.readTree(file.out()).get("total_loss_eur").decimalValue());
    }

    @Test
    void an_event_that_cannot_apply_exits_2_naming_the_value() {
        for (String event : List.of("zone:MARS:90", "footprint:NOWHERE:30", "supplier:NOBODY:30", "tool:T-NONE",
                "zone:CN_SPHERE:0", "zone:CN_SPHERE:-5", "supplier:L20110", "zone:CN_SPHERE:ninety", "war:CN:90",
                "zone", "tool:T-110010:0")) {
            CliRun run = CliRun.of("scenario", SAMPLE.toString(), "--event", event);
            assertThat(run.exitCode()).as(event).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(event).contains("--event " + event);
        }
    }

    @Test
    void a_lane_closure_delays_sources_and_a_delay_footprint_means_the_same() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CliRun lane = CliRun.of("scenario", SAMPLE.toString(), "--event", "lane:RED_SEA_SUEZ:120", "--format", "json");
        CliRun footprint = CliRun.of("scenario", SAMPLE.toString(), "--event", "footprint:red_sea_suez:120",
                "--format", "json");
        assertThat(lane.exitCode()).as(lane.err()).isZero();
        assertThat(footprint.exitCode()).as(footprint.err()).isZero();
        JsonNode event = json.readTree(lane.out()).get("events").get(0);
        assertThat(event.get("sources_down").asInt()).isZero();
        assertThat(event.get("sources_delayed").asInt()).isPositive();
        assertThat(json.readTree(lane.out()).get("total_loss_eur").decimalValue())
                .isEqualByComparingTo(json.readTree(footprint.out()).get("total_loss_eur").decimalValue());
    }

    @Test
    void an_unknown_lane_exits_2_listing_the_lanes() {
        CliRun run = CliRun.of("scenario", SAMPLE.toString(), "--event", "lane:NOWHERE:30");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--event lane:NOWHERE:30", "unknown sea lane NOWHERE", "RED_SEA_SUEZ");
    }

    @Test
    void days_given_with_a_tool_override_its_rebuild_days() throws Exception {
        CliRun run = CliRun.of("scenario", SAMPLE.toString(), "--event", "tool:T-110010:10", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode event = new ObjectMapper().readTree(run.out()).get("events").get(0);
        assertThat(event.get("event").asText()).isEqualTo("tool:T-110010:10");
        assertThat(event.get("days").asInt()).isEqualTo(10);
    }

    @Test
    void every_label_in_every_language() throws Exception {
        for (java.util.Properties bundle : CliLabelBundles.assertComplete(ScenarioLabel.class)) {
            assertThat(bundle.getProperty("columns").split(" \\| ")).hasSize(4);
        }
    }

    /** Parts with a qualified source of share above 0 producing in one of the countries, from the CSV files. */
    private static Set<String> partsWithActiveSourceIn(Set<String> countries) throws IOException {
        Map<String, String> supplierCountry = new HashMap<>();
        for (String[] row : rows("suppliers.csv")) {
            supplierCountry.put(row[0], row[2]);
        }
        Set<String> parts = new HashSet<>();
        for (String[] row : rows("sourcing.csv")) {
            boolean active = row[13].equalsIgnoreCase("WAAR") && !row[2].equals("0%");
            String country = row[8].isBlank() ? supplierCountry.get(row[1]) : row[8];
            if (active && countries.contains(country)) {
                parts.add(row[0]);
            }
        }
        return parts;
    }

    /** The sample's rows without the header; no field holds a quoted semicolon (checked by eye). */
    private static List<String[]> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve(file), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split(";", -1))
                .toList();
    }
}
