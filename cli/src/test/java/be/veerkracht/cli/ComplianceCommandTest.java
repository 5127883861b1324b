package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veerkracht compliance} over the sample machine builder. Expected decisions follow from Reg. (EU) 2021/821
 * as the shipped rules encode it: 3A001.a.7 to the US goes under EU001 (Annex II, Section A: US is an EU001
 * destination); to China no UGEA covers a 3A001 item (EU005 is for telecoms), so Art. 3(1) asks an individual
 * licence; a product whose bill of materials holds a listed part is flagged for the principal-element rule
 * (Annex I, General Note 2).
 */
class ComplianceCommandTest {

    private static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    private JsonNode check(String... args) throws Exception {
        String[] all = new String[args.length + 6];
        all[0] = "compliance";
        all[1] = "check-export";
        all[2] = SAMPLE.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        all[args.length + 3] = "--db";
        all[args.length + 4] = db();
        all[args.length + 5] = "--format=json";
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return json.readTree(run.out());
    }

    private List<AuditEntry> audit() {
        try (Database database = Database.open(new DatabaseSettings(db(), null, null))) {
            return new AuditLog(database.jdbi(), Clock.systemUTC()).entries(0, 100);
        }
    }

    @Test
    void a_listed_part_goes_to_the_us_under_eu001_and_the_check_is_recorded() throws Exception {
        JsonNode result = check("--part", "250040", "--destination", "US");
        assertThat(result.get("schema").asText()).isEqualTo("veerkracht/export-check/1");
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(Path.of("..", "docs", "schemas", "export-check.schema.json")))
                .validate(result)).as("schema errors").isEmpty();
        assertThat(result.at("/item/status").asText()).isEqualTo("listed");
        assertThat(result.at("/item/dual_use_code").asText()).isEqualTo("3A001.a.7");
        assertThat(result.at("/item/source").asText()).isEqualTo("imported_code");
        assertThat(result.get("decision").asText()).isEqualTo("UGEA");
        assertThat(result.at("/authorisation/id").asText()).isEqualTo("EU001");
        assertThat(result.at("/authorisation/conditions").toString()).containsIgnoringCase("registration");
        assertThat(result.get("rule_set_version").asText()).startsWith("eu-dual-use");
        assertThat(result.at("/recorded/check_id").asLong()).isPositive();
        List<AuditEntry> entries = audit();
        assertThat(entries).extracting(AuditEntry::action).containsExactly("export.check");
        assertThat(entries.get(0).subject()).isEqualTo("part:250040");
        assertThat(entries.get(0).details()).contains("\"decision\":\"UGEA\"");
    }

    @Test
    void the_same_part_to_china_needs_an_individual_licence_and_its_technology_too() throws Exception {
        assertThat(check("--part", "250040", "--destination", "CN").get("decision").asText())
                .isEqualTo("INDIVIDUAL_LICENCE");
        JsonNode drawings = check("--part", "250040", "--destination", "CN", "--technology", "--no-record");
        assertThat(drawings.get("transfer").asText()).isEqualTo("technology_to_supplier");
        assertThat(drawings.get("decision").asText()).isEqualTo("INDIVIDUAL_LICENCE");
        assertThat(drawings.get("recorded").isNull()).isTrue();
        assertThat(audit()).hasSize(1);
    }

    @Test
    void an_unclassified_part_says_classify_first_until_it_is_classified_not_listed() throws Exception {
        // part 110010 has no dual_use_code in the sample: unclassified, never "not listed" by omission
        assertThat(check("--part", "110010", "--destination", "CN").get("decision").asText())
                .isEqualTo("UNCLASSIFIED");
        CliRun classify = CliRun.of("compliance", "classify", SAMPLE.toString(), "--part", "110010", "--not-listed",
                "--reason", "cast-iron housing, no Annex I entry applies", "--by", "An Peeters", "--on",
                "2026-11-20", "--db", db());
        assertThat(classify.exitCode()).as(classify.err()).isZero();
        assertThat(classify.out()).contains("part:110010").contains("not listed");
        JsonNode after = check("--part", "110010", "--destination", "CN");
        assertThat(after.get("decision").asText()).isEqualTo("NOT_LISTED");
        assertThat(after.at("/item/source").asText()).isEqualTo("recorded");
        assertThat(audit()).extracting(AuditEntry::action).containsExactly("export.check", "export.classify",
                "export.check");
    }

    @Test
    void a_product_holding_a_listed_part_is_flagged_for_the_principal_element_rule() throws Exception {
        CliRun classify = CliRun.of("compliance", "classify", SAMPLE.toString(), "--product", "M-FW-V",
                "--not-listed", "--reason", "a packaging machine: no Annex I entry", "--db", db());
        assertThat(classify.exitCode()).as(classify.err()).isZero();
        JsonNode result = check("--product", "M-FW-V", "--destination", "US");
        assertThat(result.get("decision").asText()).isEqualTo("NOT_LISTED");
        assertThat(result.get("review_flags").toString()).contains("principal_element").contains("250040");
    }

    @Test
    void bad_input_exits_2_with_a_message() {
        CliRun unknown = CliRun.of("compliance", "check-export", SAMPLE.toString(), "--part", "NOPE",
                "--destination", "US", "--db", db());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("no part 'NOPE'");
        CliRun country = CliRun.of("compliance", "check-export", SAMPLE.toString(), "--part", "250040",
                "--destination", "China", "--db", db());
        assertThat(country.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun code = CliRun.of("compliance", "classify", SAMPLE.toString(), "--part", "250040", "--code", "3X001",
                "--reason", "x", "--db", db());
        assertThat(code.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(code.err()).contains("not an Annex I entry");
        CliRun both = CliRun.of("compliance", "check-export", SAMPLE.toString(), "--part", "250040", "--product",
                "M-FW", "--destination", "US", "--db", db());
        assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void licences_are_recorded_used_and_listed_with_their_alerts() throws Exception {
        assertThat(CliRun.of("import", SAMPLE.toString(), "--db", db()).exitCode()).isZero();
        CliRun add = CliRun.of("compliance", "licence-add", "--number", "CSG/DU/2026/0042", "--kind", "individual",
                "--valid-from", "2026-01-01", "--valid-until", "2027-01-31", "--items", "3A001.a",
                "--destinations", "CN", "--quantity-limit", "500", "--end-user", "Shenzhen Precision Ltd",
                "--reporting", "half_yearly", "--db", db());
        assertThat(add.exitCode()).as(add.err()).isZero();
        CliRun again = CliRun.of("compliance", "licence-add", "--number", "CSG/DU/2026/0042", "--kind", "global",
                "--valid-from", "2026-01-01", "--items", "*", "--destinations", "*", "--db", db());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("already");
        CliRun use = CliRun.of("compliance", "licence-use", "--licence", "CSG/DU/2026/0042", "--shipment",
                "DN-2026-118", "--item", "part:250040", "--destination", "cn", "--quantity", "40", "--value",
                "18400", "--shipped-on", "2026-11-02", "--db", db());
        assertThat(use.exitCode()).as(use.err()).isZero();
        // 250040 is 3A001.a.7 in the imported sample, under the licence's 3A001.a; 500 − 40 = 460 units left
        assertThat(use.out()).contains("460 units left");
        CliRun elsewhere = CliRun.of("compliance", "licence-use", "--licence", "CSG/DU/2026/0042", "--shipment",
                "DN-2026-119", "--item", "part:250040", "--destination", "US", "--quantity", "1", "--value", "460",
                "--shipped-on", "2026-11-03", "--db", db());
        assertThat(elsewhere.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(elsewhere.err()).contains("does not cover shipment DN-2026-119: destination not covered");
        CliRun tooMany = CliRun.of("compliance", "licence-use", "--licence", "CSG/DU/2026/0042", "--shipment",
                "DN-2026-120", "--item", "part:250040", "--destination", "CN", "--quantity", "461", "--value", "1",
                "--shipped-on", "2026-11-04", "--db", db());
        assertThat(tooMany.err()).contains("quantity exhausted");

        // on 2026-11-28: expiry 2027-01-31 is 64 days away (within 90); the half-year 2026-01-01..06-30 report
        // was due 2026-07-30, past: no report alert
        CliRun list = CliRun.of("compliance", "licences", "--today", "2026-11-28", "--format", "json", "--db", db());
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode document = json.readTree(list.out());
        assertThat(document.at("/licences/0/uses/0/shipment").asText()).isEqualTo("DN-2026-118");
        assertThat(document.at("/licences/0/uses/0/destination").asText()).isEqualTo("CN");
        assertThat(document.get("alerts")).hasSize(1);
        assertThat(document.at("/alerts/0/kind").asText()).isEqualTo("expires");
        assertThat(document.at("/alerts/0/days_left").asInt()).isEqualTo(64);
        assertThat(audit()).extracting(AuditEntry::action).containsExactly("portfolio.import", "licence.add",
                "licence.use");
    }

    @Test
    void the_icp_lists_seven_elements_and_records_one() throws Exception {
        CliRun set = CliRun.of("compliance", "icp", "--element", "TRAINING_AWARENESS", "--status", "IN_PLACE",
                "--owner", "HR", "--evidence", "training log 2026", "--reviewed-on", "2026-10-01", "--db", db());
        assertThat(set.exitCode()).as(set.err()).isZero();
        CliRun incomplete = CliRun.of("compliance", "icp", "--element", "TRAINING_AWARENESS", "--status",
                "IN_PLACE", "--db", db());
        assertThat(incomplete.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(incomplete.err()).contains("owner and evidence");
        CliRun show = CliRun.of("compliance", "icp", "--format", "json", "--db", db());
        JsonNode document = json.readTree(show.out());
        assertThat(document.get("elements")).hasSize(7);
        assertThat(document.get("in_place").asInt()).isEqualTo(1);
        assertThat(document.at("/elements/2/status").asText()).isEqualTo("in_place");
        CliRun dutch = CliRun.of("compliance", "icp", "--lang", "nl", "--db", db());
        assertThat(dutch.out()).contains("INTERN COMPLIANCEPROGRAMMA").contains("1 van de 7");
    }

    @Test
    void every_label_in_every_language() throws Exception {
        CliLabelBundles.assertComplete(ComplianceLabel.class);
    }
}
