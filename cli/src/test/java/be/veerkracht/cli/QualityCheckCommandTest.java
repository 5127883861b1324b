package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veerkracht quality check} on a constructed database and on the demo data. */
class QualityCheckCommandTest {

    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "quality-check.schema.json");
    private static final String CHARACTERISTICS = """
            part_id;characteristic;unit;nominal;lsl;usl;method;sample_size;frequency;coa_required;equivalence_margin;primary_supplier_id;reason
            100234;bore_diameter;mm;25;24,95;25,05;CMM;1;every lot;ja;;S-100;PPAP 2026
            100234;roughness_ra;um;;;1,6;profilometer;1;weekly;nee;0,2;S-100;PPAP 2026
            """;
    /** Three lots of S-100; 25.06 lies above the USL 25.05. */
    private static final String MEASUREMENTS = """
            part_id,characteristic,supplier_id,lot,timestamp,value,source
            100234,bore_diameter,S-100,A1,2026-06-01T08:00:00Z,25.00,supplier_certificate
            100234,bore_diameter,S-100,A2,2026-06-08T08:00:00Z,25.01,supplier_certificate
            100234,bore_diameter,S-100,A3,2026-06-15T08:00:00Z,25.06,supplier_certificate
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "quality";
        all[1] = "check";
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--db";
        all[args.length + 3] = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        return CliRun.of(all);
    }

    private void importFile(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        CliRun imported = CliRun.of("quality", "import", file.toString(), "--db",
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    private static void assertFollowsSchema(JsonNode document) throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(SCHEMA));
        List<Error> errors = schema.validate(document);
        assertThat(errors).as("schema errors").isEmpty();
    }

    @Test
    void constructed_database_gives_the_hand_made_alerts_and_exit_3_only_when_asked() throws Exception {
        importFile("characteristics.csv", CHARACTERISTICS);
        CliRun clean = run("--fail-on-alert", "--format", "json");
        assertThat(clean.exitCode()).as("no measurements, no alert: " + clean.err()).isZero();
        assertThat(json.readTree(clean.out()).get("alerts")).isEmpty();

        importFile("measurements.csv", MEASUREMENTS);
        CliRun review = run("--format", "json");
        assertThat(review.exitCode()).as(review.err()).isZero();
        JsonNode document = json.readTree(review.out());
        assertFollowsSchema(document);
        // by hand: individuals chart over 25.00, 25.01, 25.06 (baseline all 3 lots): mean 25.023333, MR̄ 0.03,
        // σ = 0.03/1.128 = 0.026596, UCL 25.103121: no rule fires. 25.06 > USL: out of spec.
        // Cpu = (25.05 − 25.023333)/(3·0.026596) = 0.33424 < 1.33: low capability. Same timestamp; kind order.
        JsonNode alerts = document.get("alerts");
        assertThat(alerts).hasSize(2);
        assertThat(alerts.at("/0/kind").asText()).isEqualTo("OUT_OF_SPEC");
        assertThat(alerts.at("/0/lots/0").asText()).isEqualTo("A3");
        assertThat(alerts.at("/0/measurements/0/value").asDouble()).isEqualTo(25.06);
        assertThat(alerts.at("/1/kind").asText()).isEqualTo("LOW_CAPABILITY");
        JsonNode supplier = document.at("/parts/0/characteristics/0/suppliers/0");
        assertThat(supplier.at("/chart/location/ucl").asDouble()).isCloseTo(25.103121, within(1e-6));
        assertThat(supplier.at("/capability/cpk").asDouble()).isCloseTo(0.33424, within(1e-4));
        assertThat(supplier.at("/chart/baseline_lots").asInt()).isEqualTo(3);
        assertThat(document.at("/parts/0/characteristics/1/suppliers")).isEmpty();

        assertThat(run("--fail-on-alert").exitCode()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        CliRun nl = run("--lang", "nl");
        assertThat(nl.out()).contains("KWALITEITSREVIEW \u2014 2 melding(en)")
                .contains("Waarde 25.06 mm van lot A3 (supplier_certificate, 2026-06-15T08:00:00Z) ligt buiten "
                        + "de specificatie 24.95 tot 25.05.");
        assertThat(run("--part", "999999").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void a_file_is_reviewed_against_the_stored_agreement_without_storing_it() throws Exception {
        // the same three lots as above, in a file checked before importing it: the same hand-made alerts (25.06 above
        // the USL 25.05; Cpk 0.33424), and the database still holds no measurement afterwards
        importFile("characteristics.csv", CHARACTERISTICS);
        Path file = Files.writeString(dir.resolve("incoming.csv"), MEASUREMENTS);
        CliRun review = run(file.toString(), "--format", "json");
        assertThat(review.exitCode()).as(review.err()).isZero();
        JsonNode document = json.readTree(review.out());
        assertFollowsSchema(document);
        assertThat(document.at("/alerts/0/kind").asText()).isEqualTo("OUT_OF_SPEC");
        assertThat(document.at("/alerts/0/lots/0").asText()).isEqualTo("A3");
        assertThat(document.at("/parts/0/characteristics/0/suppliers/0/capability/cpk").asDouble())
                .isCloseTo(0.33424, within(1e-4));
        assertThat(json.readTree(run("--format", "json").out()).get("alerts")).as("nothing stored").isEmpty();
        // a broken file is bad input naming the file, row and field
        Path broken = Files.writeString(dir.resolve("broken.csv"), MEASUREMENTS.replace("25.06", "abc"));
        CliRun refused = run(broken.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("broken.csv").contains("row 4").contains("value");
    }

    @Test
    void the_demo_data_reviewed_per_lot_follows_the_schema() throws Exception {
        assertThat(CliRun.of("demo", "--db", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "--no-serve")
                .exitCode()).isZero();
        CliRun review = run("--format", "json", "--lang", "fr");
        assertThat(review.exitCode()).as(review.err()).isZero();
        JsonNode document = json.readTree(review.out());
        assertFollowsSchema(document);
        // DemoQualityData: agreements for 110050 (primary L20110) and 120020 (primary L27130), 20 weekly lots per
        // supplier, 5 certificate values per lot for diameters, 1 for roughness and tensile strength, and every
        // fourth lot (4, 8, 12, 16, 20) measured once by our incoming inspection
        assertThat(document.at("/parts/0/part_id").asText()).isEqualTo("110050");
        assertThat(document.at("/parts/1/part_id").asText()).isEqualTo("120020");
        JsonNode shaft = document.at("/parts/1/characteristics/0");
        assertThat(shaft.get("name").asText()).isEqualTo("shaft_diameter");
        assertThat(shaft.at("/suppliers/0/supplier_id").asText()).isEqualTo("L27130");
        assertThat(shaft.at("/suppliers/0/primary").asBoolean()).isTrue();
        assertThat(shaft.at("/suppliers/0/chart/kind").asText()).isEqualTo("XBAR_R");
        assertThat(shaft.at("/suppliers/0/chart/baseline_lots").asInt()).isEqualTo(20);
        assertThat(shaft.at("/suppliers/0/chart/location/points")).hasSize(20);
        assertThat(shaft.at("/suppliers/0/lab_agreement/lots").asInt()).isEqualTo(5);
        assertThat(shaft.at("/cross_validations/0/secondary_supplier_id").asText()).isEqualTo("L26020");
        assertThat(shaft.at("/cross_validations/0/n_primary").asInt()).isEqualTo(100);
        // default margin 10 % of (35.0 − 34.975) = 0.0025 mm
        assertThat(shaft.at("/cross_validations/0/margin").asDouble()).isCloseTo(0.0025, within(1e-12));
        JsonNode roughness = document.at("/parts/1/characteristics/1");
        assertThat(roughness.at("/suppliers/1/chart/kind").asText()).isEqualTo("INDIVIDUALS_MOVING_RANGE");
        assertThat(document.get("language").asText()).isEqualTo("fr");
        assertThat(document.at("/explanation/0").asText()).startsWith("Revue qualit\u00e9 : 2 pi\u00e8ces");
    }
}
