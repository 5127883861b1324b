package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.quality.MeasurementCount;
import be.veerkracht.store.quality.QualityRecords;
import be.veerkracht.store.quality.SupplierToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veerkracht quality import}, {@code agreements} and {@code token create} on a database in a temp folder. */
class QualityCommandTest {

    private static final String CHARACTERISTICS = """
            part_id;characteristic;unit;nominal;lsl;usl;method;sample_size;frequency;coa_required;equivalence_margin;primary_supplier_id;reason
            100234;bore_diameter;mm;25;24,95;25,05;CMM;5;every lot;ja;;S-100;PPAP 2026
            100234;roughness_ra;um;;;1,6;profilometer;1;weekly;nee;0,2;S-100;PPAP 2026
            """;
    private static final String MEASUREMENTS = """
            part_id,characteristic,supplier_id,lot,timestamp,value,source
            100234,bore_diameter,S-200,L1,2026-06-01T08:00:00Z,25.012,supplier_certificate
            100234,bore_diameter,S-100,A7,2026-06-02T08:00:00Z,24.998,incoming_inspection
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "quality";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--db";
        all[args.length + 2] = db();
        return CliRun.of(all);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void an_agreement_is_imported_once_as_version_1_and_listed_with_its_history() throws Exception {
        Path csv = file("characteristics.csv", CHARACTERISTICS);
        CliRun first = run("import", csv.toString(), "--lang", "en");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("part 100234: new agreement version 1");
        CliRun again = run("import", csv.toString(), "--lang", "en");
        assertThat(again.out()).contains("part 100234: agreement unchanged (version 1)");

        CliRun listed = run("agreements", "--part", "100234", "--format", "json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode versions = json.readTree(listed.out()).at("/agreements/0/versions");
        assertThat(versions).hasSize(1);
        assertThat(versions.at("/0/primary_supplier_id").asText()).isEqualTo("S-100");
        assertThat(versions.at("/0/reason").asText()).isEqualTo("PPAP 2026");
        assertThat(versions.at("/0/characteristics/0/usl").asDouble()).isEqualTo(25.05);
        assertThat(versions.at("/0/characteristics/1/lsl").isNull()).isTrue();

        CliRun text = run("agreements", "--lang", "en");
        // default margin 10 % of (25.05 - 24.95) = 0.01 mm
        assertThat(text.out()).contains("Part 100234: version 1 of 1, primary supplier S-100")
                .contains("bore_diameter [mm]: nominal 25, LSL 24.95, USL 25.05, equivalence margin 0.01 (10 % of "
                        + "the tolerance); method CMM; 5 value(s), every lot; on every certificate")
                .contains("roughness_ra [um]: nominal \u2014, LSL \u2014, USL 1.6, equivalence margin 0.2; method "
                        + "profilometer; 1 value(s), weekly");
    }

    @Test
    void measurements_are_stored_once_per_file_content() throws Exception {
        Path csv = file("measurements.csv", MEASUREMENTS);
        CliRun first = run("import", csv.toString(), "--format", "json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode result = json.readTree(first.out());
        assertThat(result.get("measurements_stored").asInt()).isEqualTo(2);
        assertThat(result.get("format").asText()).isEqualTo("csv (,)");
        CliRun again = run("import", csv.toString(), "--format", "json");
        assertThat(json.readTree(again.out()).get("already_imported").asBoolean()).isTrue();
        assertThat(json.readTree(again.out()).get("measurements_stored").asInt()).isZero();
        // no agreement yet: the certificate of S-200 (the only supplier_certificate row) is said to lack one
        assertThat(json.readTree(again.out()).at("/certificates/0/findings/0/kind").asText())
                .isEqualTo("no_agreement");
    }

    @Test
    void certificate_values_in_a_file_are_checked_against_the_agreement() throws Exception {
        assertThat(run("import", file("characteristics.csv", CHARACTERISTICS).toString()).exitCode()).isZero();
        CliRun checked = run("import", file("measurements.csv", MEASUREMENTS).toString(), "--lang", "en");
        assertThat(checked.exitCode()).as(checked.err()).isZero();
        // S-200 gives 1 bore value in lot L1 where the agreement asks 5 per lot; 25.012 lies within [24.95, 25.05].
        // S-100's row is our incoming inspection, not a certificate: not checked.
        assertThat(checked.out())
                .contains("certificate values of S-200 for part 100234 against agreement version 1: 1 finding(s)")
                .contains("    lot L1: bore_diameter has 1 value(s), the quality agreement asks for 5")
                .doesNotContain("certificate values of S-100");
    }

    @Test
    void a_bad_file_exits_2_naming_file_row_and_field_and_stores_nothing() throws Exception {
        Path csv = file("bad.csv", CHARACTERISTICS + "200871;tensile;MPa;;420;;ISO 6892-1;3;every lot;ja;;;\n");
        CliRun bad = run("import", csv.toString(), "--lang", "en");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.csv: row 4, equivalence_margin: a one-sided specification");
        // the two good rows of part 100234 were not stored either
        assertThat(run("agreements", "--lang", "en").out()).contains("No quality agreements yet");
        CliRun unknown = run("agreements", "--part", "100234", "--lang", "nl");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("onderdeel 100234 heeft geen kwaliteitsovereenkomst");
    }

    @Test
    void a_supplier_token_is_printed_alone_and_acts_for_its_supplier() {
        CliRun created = run("token", "create", "--supplier", "S-200");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String token = created.out().strip();
        assertThat(token).startsWith("vks_").doesNotContain("\n");
        assertThat(created.err()).contains("for supplier S-200; it is shown only this once");
        try (Database database = Database.open(new DatabaseSettings(db(), null, null))) {
            assertThat(QualityRecords.of(database, Clock.systemUTC()).tokens().authenticate(token))
                    .map(SupplierToken::supplier).map(Object::toString).contains("S-200");
        }
        assertThat(run("token", "create").exitCode()).isEqualTo(2); // --supplier is required
    }

    @Test
    void the_demo_brings_agreements_and_twenty_lots_per_supplier_for_two_dual_sourced_parts_once() {
        assertThat(CliRun.of("demo", "--db", db(), "--no-serve").exitCode()).isZero();
        assertThat(CliRun.of("demo", "--db", db(), "--no-serve").exitCode()).isZero();
        try (Database database = Database.open(new DatabaseSettings(db(), null, null))) {
            QualityRecords records = QualityRecords.of(database, Clock.systemUTC());
            assertThat(records.agreements().all()).hasSize(2)
                    .allSatisfy(h -> assertThat(h.versions()).hasSize(1));
            // per supplier and characteristic: 20 lots x 5 certificate values, and lots 4, 8, 12, 16, 20 (every
            // fourth) once at incoming inspection; run twice, stored once
            List<MeasurementCount> counts = records.measurements().counts(DemoQualityData.SHAFT);
            assertThat(counts).filteredOn(c -> c.characteristic().equals("shaft_diameter"))
                    .extracting(c -> c.supplier().value() + " " + c.source() + " " + c.count())
                    .containsExactly("L26020 INCOMING_INSPECTION 5", "L26020 SUPPLIER_CERTIFICATE 100",
                            "L27130 INCOMING_INSPECTION 5", "L27130 SUPPLIER_CERTIFICATE 100");
        }
    }

    @Test
    void every_quality_label_is_translated_in_every_language() throws IOException {
        CliLabelBundles.assertComplete(QualityLabel.class);
    }
}
