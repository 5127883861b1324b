package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.sourcing.landed.CostItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code landed-cost} and {@code emissions} on the two routes, written as a CSV portfolio: a gear of 12 kg,
 * 10,000 a year, 70 % from Shanghai by sea (EUR 40.00, 60 days, sd 10) and 30 % from Poznań by road (EUR 46.00, 10
 * days, sd 2), duty 2.7 % MFN on 8483 (a test input), carbon price EUR 80/t. The expected figures are the hand
 * calculations of core's LandedCostCalculatorTest (shipped distances 19,722 km and 1,000 km, factors 13 and 90.3
 * g CO2e/t-km).
 */
class LandedCostCommandTest {

    private static final Path LANDED_SCHEMA = Path.of("..", "docs", "schemas", "landed-cost.schema.json");
    private static final Path EMISSIONS_SCHEMA = Path.of("..", "docs", "schemas", "emissions.schema.json");
    private static final Path EXAMPLE = Path.of("..", "examples", "machinebouwer");

    @TempDir
    Path folder;
    private Path portfolio;
    private Path duties;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void twoRoutes() throws Exception {
        portfolio = Files.createDirectories(folder.resolve("gear"));
        Files.writeString(portfolio.resolve("parts.csv"), "part_id,annual_demand_units,weekly_demand_sd_units,"
                + "hs_code,weight_kg\nGEAR,10000,70,8483409000,12\n");
        Files.writeString(portfolio.resolve("suppliers.csv"), "supplier_id,name,country\nS-CN,Shanghai Gears,CN\n"
                + "S-PL,Poznan Kola,PL\n");
        Files.writeString(portfolio.resolve("sourcing.csv"), "part_id,supplier_id,share,unit_price_eur,"
                + "lead_time_days,lead_time_sd_days,transport_mode\nGEAR,S-CN,0.7,40.00,60,10,sea\n"
                + "GEAR,S-PL,0.3,46.00,10,2,road\n");
        duties = Files.writeString(folder.resolve("duty-rates.csv"), "hs_prefix,origin,rate_percent,source\n"
                + "8483,MFN,2.7,test input\n");
    }

    @Test
    void the_two_routes_by_hand_as_schema_valid_json() throws Exception {
        JsonNode doc = validated(LANDED_SCHEMA, CliRun.of("landed-cost", portfolio.toString(), "--duty-rates",
                duties.toString(), "--carbon-price", "80", "--format", "json"));
        JsonNode cn = option(doc, "S-CN");
        JsonNode pl = option(doc, "S-PL");
        // 40 + 1.18332 + 1.11194964 + 0.6071 + 0.4502 + 0.2 + 0.2 + 0.2461 (hand calc in LandedCostCalculatorTest)
        assertThat(cn.get("total_eur_per_unit").decimalValue()).isEqualByComparingTo("43.99866964");
        assertThat(line(cn, CostItem.FREIGHT).get("eur_per_unit").decimalValue()).isEqualByComparingTo("1.18332");
        assertThat(line(cn, CostItem.DUTY).get("explanation").asText()).contains("MFN", "CIF");
        assertThat(cn.get("distance_km").asDouble()).isEqualTo(19722);
        assertThat(cn.get("emissions").get("kg_co2e_per_unit").asDouble()).isEqualTo(3.076632);
        assertThat(cn.get("emissions").get("factor").get("verified").asBoolean()).isFalse();
        // 46 + 1.2 + 0 + 0.0504 + 0.1513 + 0.2145 + 0.2145 + 0.0867
        assertThat(pl.get("total_eur_per_unit").decimalValue()).isEqualByComparingTo("47.9174");
        assertThat(pl.get("emissions").get("kg_co2e_per_unit").asDouble()).isEqualTo(1.0836);
        JsonNode comparison = doc.get("comparisons").get(0);
        assertThat(comparison.get("near").get("supplier_id").asText()).isEqualTo("S-PL");
        // 43.99866964 - 47.9174; 3.076632 - 1.0836
        assertThat(comparison.get("far_minus_near_total_eur_per_unit").decimalValue())
                .isEqualByComparingTo("-3.91873036");
        assertThat(comparison.get("far_minus_near_kg_co2e_per_unit").asDouble()).isEqualTo(1.993032);
    }

    @Test
    void emissions_per_link_per_mode_and_in_total_as_schema_valid_json() throws Exception {
        JsonNode doc = validated(EMISSIONS_SCHEMA, CliRun.of("emissions", portfolio.toString(), "--format", "json"));
        // 7,000 x 3.076632 = 21,536.424 (sea) + 3,000 x 1.0836 = 3,250.8 (road) = 24,787.224 kg CO2e a year
        assertThat(doc.get("total_kg_co2e_per_year").asDouble()).isCloseTo(24787.224, within(1e-6));
        assertThat(doc.get("by_mode").get(0).get("mode").asText()).isEqualTo("sea");
        assertThat(doc.get("by_mode").get(0).get("kg_co2e_per_year").asDouble()).isCloseTo(21536.424, within(1e-6));
        // 7,000 units x 236.664 t-km
        assertThat(doc.get("links").get(0).get("t_km_per_year").asDouble()).isCloseTo(1656648, within(1e-6));
        assertThat(doc.get("coverage").get("counted").asInt()).isEqualTo(2);
        assertThat(doc.get("factors")).hasSize(6);
    }

    @Test
    void the_sample_portfolio_gives_schema_valid_json_for_both_commands() throws Exception {
        JsonNode landed = validated(LANDED_SCHEMA, CliRun.of("landed-cost", EXAMPLE.toString(), "--format", "json"));
        assertThat(landed.get("options").size()).isGreaterThan(10);
        // no duty rates given: every non-EU option's duty is unknown, never 0; the total is the known lines' sum
        for (JsonNode option : landed.get("options")) {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (JsonNode line : option.get("lines")) {
                sum = line.get("eur_per_unit").isNull() ? sum : sum.add(line.get("eur_per_unit").decimalValue());
            }
            assertThat(option.get("total_eur_per_unit").decimalValue()).isEqualByComparingTo(sum);
            assertThat(option.get("complete").asBoolean()).isEqualTo(option.get("missing").isEmpty());
            if (line(option, CostItem.DUTY).get("eur_per_unit").isNull()) {
                assertThat(option.get("complete").asBoolean()).isFalse();
            }
        }
        JsonNode emissions = validated(EMISSIONS_SCHEMA, CliRun.of("emissions", EXAMPLE.toString(), "--format",
                "json"));
        assertThat(emissions.get("coverage").get("active_links").asInt()).isPositive();
    }

    @Test
    void the_text_reports_in_three_languages() {
        CliRun en = CliRun.of("landed-cost", portfolio.toString(), "--part", "GEAR", "--duty-rates",
                duties.toString());
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(en.out()).contains("VEERKRACHT LANDED COST", "GEAR from S-CN (CN, sea, 19,722 km)",
                "import duty: EUR 1.1119 per unit", "Near against far");
        CliRun nl = CliRun.of("emissions", portfolio.toString(), "--lang", "nl");
        assertThat(nl.exitCode()).as(nl.err()).isZero();
        // 24,787.224 kg = 24.787 t
        assertThat(nl.out()).contains("Totaal: 24,787 t CO2e per jaar over 2 van 2 actieve bronnen");
        CliRun fr = CliRun.of("landed-cost", portfolio.toString(), "--lang", "fr");
        assertThat(fr.out()).contains("COÛT RENDU", "Proche contre lointain");
    }

    @Test
    void bad_input_exits_with_2() throws Exception {
        CliRun unknown = CliRun.of("landed-cost", portfolio.toString(), "--part", "NOPE");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown part 'NOPE'");
        Path broken = Files.writeString(folder.resolve("bad.csv"), "hs_prefix,origin,rate_percent\n8483,MFN,abc\n");
        CliRun bad = CliRun.of("landed-cost", portfolio.toString(), "--duty-rates", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("bad.csv: row 2, rate_percent: not a number: 'abc'");
        CliRun level = CliRun.of("landed-cost", portfolio.toString(), "--service-level", "1");
        assertThat(level.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        Path reference = Files.createDirectories(folder.resolve("ref").resolve("transport"));
        Files.writeString(reference.resolve("emission-factors.csv"), "mode,g_co2e_per_tkm\nsea,-1\n");
        CliRun factor = CliRun.of("emissions", portfolio.toString(), "--reference", folder.resolve("ref").toString());
        assertThat(factor.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(factor.err()).contains("emission-factors.csv: row 2, g_co2e_per_tkm: must be >= 0, got -1");
    }

    @Test
    void every_label_in_every_language() throws Exception {
        for (java.util.Properties bundle : CliLabelBundles.assertComplete(LandedCostLabel.class)) {
            for (CostItem item : CostItem.values()) {
                assertThat(bundle.getProperty(LandedCostLabel.of(item).key())).isNotBlank();
            }
        }
    }

    private JsonNode validated(Path schemaFile, CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = json.readTree(run.out());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(schemaFile));
        List<Error> errors = schema.validate(document);
        assertThat(errors).as("schema errors").isEmpty();
        return document;
    }

    private static JsonNode option(JsonNode doc, String supplier) {
        for (JsonNode option : doc.get("options")) {
            if (option.get("supplier_id").asText().equals(supplier)) {
                return option;
            }
        }
        throw new AssertionError("no option from " + supplier);
    }

    private static JsonNode line(JsonNode option, CostItem item) {
        for (JsonNode line : option.get("lines")) {
            if (line.get("item").asText().equals(item.code())) {
                return line;
            }
        }
        throw new AssertionError("no line " + item);
    }
}
