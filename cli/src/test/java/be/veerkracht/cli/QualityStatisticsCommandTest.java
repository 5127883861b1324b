package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.quality.spc.PistonRings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityStatisticsCommandTest {

    private static final Path CAPABILITY_SCHEMA = Path.of("..", "docs", "schemas", "quality-capability.schema.json");
    private static final Path EQUIVALENCE_SCHEMA = Path.of("..", "docs", "schemas",
            "quality-equivalence.schema.json");
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode validated(CliRun run, Path schemaFile) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = json.readTree(run.out());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(schemaFile));
        List<Error> errors = schema.validate(document);
        assertThat(errors).as("schema errors").isEmpty();
        return document;
    }

    @Test
    void equivalence_of_the_issue_s_example_matches_statsmodels() throws Exception {
        JsonNode pooled = validated(CliRun.of("quality", "equivalence", "--a", "4,7,8", "--b", "6,8,7", "--margin",
                "1", "--variance", "pooled", "--format", "json"), EQUIVALENCE_SCHEMA);
        // statsmodels 0.15 ttost_ind([4,7,8], [6,8,7], -1, 1, usevar='pooled'): p 0.4074510057295907,
        // t1 0.25, t2 -1.25, df 4
        assertThat(pooled.get("p_value").asDouble()).isCloseTo(0.4074510057295907, within(1e-9));
        assertThat(pooled.get("t_lower").asDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(pooled.get("t_upper").asDouble()).isCloseTo(-1.25, within(1e-9));
        assertThat(pooled.get("df").asDouble()).isEqualTo(4.0);
        assertThat(pooled.get("equivalent").asBoolean()).isFalse();
        assertThat(pooled.get("mean_a").asDouble()).isCloseTo(19.0 / 3, within(1e-12));
        assertThat(pooled.get("mean_b").asDouble()).isEqualTo(7.0);
        // usevar='unequal': p 0.40968582357918376, df 2.8764044943820224
        JsonNode welch = validated(CliRun.of("quality", "equivalence", "--a", "4,7,8", "--b", "6,8,7", "--margin",
                "1", "--format", "json"), EQUIVALENCE_SCHEMA);
        assertThat(welch.get("variance").asText()).isEqualTo("welch");
        assertThat(welch.get("p_value").asDouble()).isCloseTo(0.40968582357918376, within(1e-9));
        assertThat(welch.get("df").asDouble()).isCloseTo(2.8764044943820224, within(1e-9));
    }

    @Test
    void equivalence_shown_with_a_wide_margin_and_the_text_in_french() {
        CliRun run = CliRun.of("quality", "equivalence", "--a", "4,7,8", "--b", "6,8,7", "--margin", "10",
                "--lang", "fr");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("TEST D'ÉQUIVALENCE", "entre -10 et 10", "ÉQUIVALENT au seuil", "Pourquoi");
        // decimal commas for people: the mean of a, 19/3, to 6 significant digits
        assertThat(run.out()).contains("moyenne 6,33333");
    }

    @Test
    void capability_of_the_piston_rings_from_a_simple_csv_with_subgroups() throws Exception {
        Path file = dir.resolve("rings.csv");
        StringBuilder csv = new StringBuilder("characteristic,value,subgroup\n");
        List<List<Double>> groups = PistonRings.phaseOne();
        for (int g = 0; g < groups.size(); g++) {
            for (double v : groups.get(g)) {
                csv.append("inside_diameter,").append(String.format(Locale.ROOT, "%.3f", v)).append(',')
                        .append(g + 1).append('\n');
            }
            csv.append("outside_diameter,99.9,").append(g + 1).append('\n');
        }
        Files.writeString(file, csv);
        JsonNode doc = validated(CliRun.of("quality", "capability", "--data", file.toString(), "--characteristic",
                "inside_diameter", "--lsl", "73.95", "--usl", "74.05", "--format", "json"), CAPABILITY_SCHEMA);
        // the values ProcessCapabilityAnalysisTest checks against NumPy/SciPy (σ = R̄/d2, Montgomery's data)
        assertThat(doc.get("subgroups").asInt()).isEqualTo(25);
        assertThat(doc.get("subgroup_size").asInt()).isEqualTo(5);
        assertThat(doc.get("sigma_within_method").asText()).isEqualTo("range");
        assertThat(doc.get("cp").asDouble()).isCloseTo(1.7032806093, within(1e-9));
        assertThat(doc.get("cpk").asDouble()).isCloseTo(1.6632194493, within(1e-9));
        assertThat(doc.get("pp").asDouble()).isCloseTo(1.6550863377, within(1e-9));
        assertThat(doc.get("ppk").asDouble()).isCloseTo(1.6161587070, within(1e-9));
        assertThat(doc.get("intervals").get("cp").get("lower").asDouble()).isCloseTo(1.4914108899, within(1e-8));
        assertThat(doc.get("intervals").get("cpk").get("upper").asDouble()).isCloseTo(1.8783099377, within(1e-8));
        assertThat(doc.get("normality").get("normal").asBoolean()).isTrue();
    }

    @Test
    void capability_from_the_measurements_layout_with_decimal_commas_and_one_limit() throws Exception {
        Path file = dir.resolve("measurements.csv");
        StringBuilder csv = new StringBuilder("part_id;characteristic;supplier_id;lot;timestamp;value;source\n");
        List<Double> values = PistonRings.phaseOneValues();
        for (int i = 0; i < values.size(); i++) {
            csv.append("P1;inside_diameter;S1;L").append(i / 5).append(";2026-01-01T00:00;")
                    .append(String.format(Locale.ROOT, "%.3f", values.get(i)).replace('.', ','))
                    .append(";incoming inspection\n");
        }
        Files.writeString(file, csv);
        JsonNode doc = validated(CliRun.of("quality", "capability", "--data", file.toString(), "--characteristic",
                "INSIDE_DIAMETER", "--usl", "74.05", "--subgroup-size", "5", "--format", "json"), CAPABILITY_SCHEMA);
        assertThat(doc.get("cp").isNull()).isTrue();
        assertThat(doc.get("lsl").isNull()).isTrue();
        assertThat(doc.get("intervals").get("cp").isNull()).isTrue();
        // Cpk = Cpu = (74.05 − 74.001176)/(3 × 0.009785038693) = 1.6632194493 (NumPy, as above)
        assertThat(doc.get("cpk").asDouble()).isCloseTo(1.6632194493, within(1e-9));
        // individual values: σ = MR̄/1.128 = 0.0095730382 (NumPy)
        JsonNode individuals = validated(CliRun.of("quality", "capability", "--data", file.toString(),
                "--characteristic", "inside_diameter", "--lsl", "73.95", "--usl", "74.05", "--format", "json"),
                CAPABILITY_SCHEMA);
        assertThat(individuals.get("sigma_within_method").asText()).isEqualTo("moving_range");
        assertThat(individuals.get("sigma_within").asDouble()).isCloseTo(0.0095730382, within(1e-9));
    }

    @Test
    void capability_text_speaks_dutch() throws Exception {
        Path file = dir.resolve("simple.csv");
        Files.writeString(file, "characteristic,value\nd,1.0\nd,1.2\nd,0.9\nd,1.1\nd,1.05\n");
        CliRun run = CliRun.of("quality", "capability", "--data", file.toString(), "--characteristic", "d", "--lsl",
                "0", "--usl", "2", "--lang", "nl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("PROCESCAPABILITEIT", "Waarom:", "Normaliteit niet getest");
    }

    @Test
    void bad_input_exits_2_naming_file_row_and_field() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "characteristic,value\nd,1.0\nd,abc\nd,2.0\n");
        CliRun bad = CliRun.of("quality", "capability", "--data", file.toString(), "--characteristic", "d",
                "--lsl", "0");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("bad.csv: row 3, value: not a number: 'abc'");
        Path semicolons = dir.resolve("semicolons.csv");
        Files.writeString(semicolons, "characteristic;value\nd;1,0\nd;1.5\n");
        CliRun point = CliRun.of("quality", "capability", "--data", semicolons.toString(), "--characteristic", "d",
                "--lsl", "0");
        assertThat(point.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(point.err()).contains("semicolons.csv: row 3, value: not a number: '1.5' (write 1,5)");
        Path noValue = dir.resolve("novalue.csv");
        Files.writeString(noValue, "characteristic,amount\nd,1.0\n");
        CliRun missing = CliRun.of("quality", "capability", "--data", noValue.toString(), "--characteristic", "d",
                "--lsl", "0");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("novalue.csv: no column 'value'");
        CliRun noLimits = CliRun.of("quality", "capability", "--data", noValue.toString(), "--characteristic", "d");
        assertThat(noLimits.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noLimits.err()).contains("--lsl/--usl");
        CliRun absent = CliRun.of("quality", "capability", "--data", dir.resolve("absent.csv").toString(),
                "--characteristic", "d", "--lsl", "0");
        assertThat(absent.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun margin = CliRun.of("quality", "equivalence", "--a", "1,2", "--b", "1,2", "--margin", "0");
        assertThat(margin.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(margin.err()).contains("--margin must be above 0");
        CliRun one = CliRun.of("quality", "equivalence", "--a", "1", "--b", "1,2", "--margin", "1");
        assertThat(one.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(one.err()).contains("sample a needs at least 2");
    }

}
