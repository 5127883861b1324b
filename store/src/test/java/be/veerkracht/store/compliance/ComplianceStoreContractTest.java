package be.veerkracht.store.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.DualUseCode;
import be.veerkracht.compliance.AppliedRule;
import be.veerkracht.compliance.Authorisation;
import be.veerkracht.compliance.Confidence;
import be.veerkracht.compliance.Decision;
import be.veerkracht.compliance.ExportDecision;
import be.veerkracht.compliance.ExportItem;
import be.veerkracht.compliance.ExportQuery;
import be.veerkracht.compliance.RecordRetention;
import be.veerkracht.compliance.icp.IcpElement;
import be.veerkracht.compliance.icp.IcpElementState;
import be.veerkracht.compliance.icp.IcpStatus;
import be.veerkracht.compliance.licence.Licence;
import be.veerkracht.compliance.licence.LicenceKind;
import be.veerkracht.compliance.licence.LicenceUse;
import be.veerkracht.compliance.licence.ReportingPeriod;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.TestClock;
import be.veerkracht.store.audit.AuditEntry;
import be.veerkracht.store.audit.AuditLog;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the export-control records promise on every database: append-only history, the audit entry in the same
 * transaction, the rule-set version kept with each check, and no deletion of a licence file before its retention.
 */
abstract class ComplianceStoreContractTest {

    @TempDir
    Path temp;

    Database database;
    TestClock clock;
    AuditLog audit;
    ClassificationStore classifications;
    ExportCheckLog checks;
    LicenceStore licences;
    IcpStore icp;

    abstract DatabaseSettings newDatabase(Path temp);

    @BeforeEach
    void open() {
        database = Database.open(newDatabase(temp));
        clock = new TestClock();
        audit = new AuditLog(database.jdbi(), clock);
        classifications = new ClassificationStore(database.jdbi(), audit, clock);
        checks = new ExportCheckLog(database.jdbi(), audit, clock);
        licences = new LicenceStore(database.jdbi(), audit, clock, RecordRetention.flemish());
        icp = new IcpStore(database.jdbi(), audit, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_new_classification_supersedes_the_last_and_both_stay_in_the_history_and_the_audit_chain() {
        ItemRef part = ItemRef.part("250040");
        classifications.classify("an.peeters", part, new ControlStatus.NotListed("below the 3A001.a.7 thresholds"),
                "An Peeters", LocalDate.of(2026, 3, 2), "datasheet: 30k logic cells", "DS-250040 rev C");
        clock.advance(Duration.ofDays(1));
        Classification listed = classifications.classify("an.peeters", part,
                new ControlStatus.Listed(DualUseCode.parse("3A001.a.7")), "CSG ruling 2026/0123",
                LocalDate.of(2026, 11, 20), "user-programmable, above the thresholds", null);

        assertThat(classifications.current(part)).contains(listed);
        assertThat(classifications.history(part)).hasSize(2);
        assertThat(classifications.current(ItemRef.product("M-FW"))).isEmpty();
        assertThat(classifications.current()).containsOnlyKeys(part);
        List<AuditEntry> entries = audit.entries(0, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("export.classify", "export.classify");
        assertThat(entries.get(1).subject()).isEqualTo("part:250040");
        assertThat(entries.get(1).details()).contains("\"dual_use_code\":\"3A001.a.7\"")
                .contains("\"classified_by\":\"CSG ruling 2026/0123\"");
        assertThat(listed.auditSeq()).isEqualTo(entries.get(1).seq());
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    void a_check_keeps_the_rule_set_version_it_was_decided_under() {
        // a decision as the engine gives it (the engine itself is checked in core's compliance tests)
        ExportDecision decision = new ExportDecision(ExportQuery.of(
                ExportItem.part("250040", new ControlStatus.Listed(DualUseCode.parse("3A001.a.7"))),
                new CountryCode("US")), Decision.UGEA, Optional.of(new Authorisation("EU001",
                List.of("registration required before first use"), "Reg. (EU) 2021/821, Annex II, Section A")),
                List.of(new AppliedRule("EU001", "EU001 covers US", "Reg. (EU) 2021/821, Annex II",
                        Confidence.VERIFIED)), List.of(), "eu-dual-use 2026-11", "listed; EU001 applies");
        RecordedCheck recorded = checks.record("an.peeters", decision);

        RecordedCheck read = checks.latest(5).get(0);
        assertThat(read).isEqualTo(recorded);
        assertThat(read.ruleSetVersion()).isEqualTo("eu-dual-use 2026-11");
        assertThat(read.authorisation()).isEqualTo("EU001");
        assertThat(read.decision()).isEqualTo(decision.decision().name());
        assertThat(read.rules()).isEqualTo(decision.ruleIds());
        assertThat(checks.of(ItemRef.part("250040"))).containsExactly(recorded);
        assertThat(audit.entries(0, 5).get(0).details()).contains("\"rule_set_version\":\""
                + decision.ruleSetVersion() + "\"");
    }

    @Test
    void licences_and_their_uses_round_trip_and_a_shipment_is_booked_once() {
        Licence licence = new Licence("CSG/DU/2026/0042", LicenceKind.INDIVIDUAL, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 6, 30), Set.of("3A001.a"), Set.of("CN"), new BigDecimal("500.0000"),
                new BigDecimal("250000.00"), "Shenzhen Precision Ltd", ReportingPeriod.HALF_YEARLY);
        licences.add("an.peeters", licence);
        assertThat(licences.licences()).containsExactly(licence);
        assertThatThrownBy(() -> licences.add("an.peeters", licence)).isInstanceOf(ComplianceException.class)
                .hasMessageContaining("already");

        LicenceUse use = new LicenceUse("CSG/DU/2026/0042", "DN-2026-118", "part:250040", "CN",
                new BigDecimal("40.0000"), new BigDecimal("18400.00"), LocalDate.of(2026, 11, 2));
        // 3A001.a.7 is under the licence's 3A001.a; 500 − 40 = 460 units and 250,000 − 18,400 = 231,600 EUR left
        be.veerkracht.compliance.licence.CoverageResult left = licences.recordUse("an.peeters", use, "3A001.a.7");
        assertThat(left.quantityLeft()).isEqualByComparingTo("460");
        assertThat(left.valueLeftEur()).isEqualByComparingTo("231600");
        assertThat(licences.uses()).containsExactly(use);
        assertThatThrownBy(() -> licences.recordUse("an.peeters", new LicenceUse("CSG/DU/2026/0042", "DN-2026-119",
                "part:250040", "US", BigDecimal.ONE, BigDecimal.ONE, LocalDate.of(2026, 11, 3)), "3A001.a.7"))
                .isInstanceOf(ComplianceException.class).hasMessageContaining("destination not covered");
        assertThatThrownBy(() -> licences.recordUse("an.peeters", new LicenceUse("CSG/DU/2026/0042", "DN-2026-120",
                "part:110010", "CN", BigDecimal.ONE, BigDecimal.ONE, LocalDate.of(2026, 11, 3)), null))
                .isInstanceOf(ComplianceException.class).hasMessageContaining("item not covered");
        assertThat(licences.uses()).hasSize(1);
        assertThatThrownBy(() -> licences.recordUse("an.peeters", use, "3A001.a.7"))
                .isInstanceOf(ComplianceException.class)
                .hasMessageContaining("DN-2026-118");
        assertThatThrownBy(() -> licences.recordUse("an.peeters", new LicenceUse("NOPE", "X", "part:1", "CN",
                BigDecimal.ONE, BigDecimal.ONE, LocalDate.of(2026, 1, 1)), null)).isInstanceOf(ComplianceException.class)
                .hasMessageContaining("no licence");
    }

    @Test
    void a_licence_file_cannot_be_deleted_before_seven_years_after_the_year_of_its_last_validity() {
        // TestClock starts in 2026; valid until 2027-06-30 → kept until the end of 2034, deletable from 2035-01-01
        licences.add("an.peeters", new Licence("G-1", LicenceKind.GLOBAL, null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 6, 30), Set.of("2B001"), Set.of("US"), null, null, null, null));
        assertThatThrownBy(() -> licences.delete("an.peeters", "G-1")).isInstanceOf(ComplianceException.class)
                .hasMessageContaining("2035-01-01");
        assertThat(licences.licences()).hasSize(1);
        clock.advance(Duration.ofDays(365L * 9 + 3));
        licences.delete("an.peeters", "G-1");
        assertThat(licences.licences()).isEmpty();
        assertThat(audit.entries(0, 10)).extracting(AuditEntry::action).containsExactly("licence.add",
                "licence.delete");
    }

    @Test
    void the_newest_state_of_each_icp_element_counts() {
        icp.record("an.peeters", new IcpElementState(IcpElement.TRAINING_AWARENESS, IcpStatus.IN_PROGRESS, "HR",
                null, null));
        icp.record("an.peeters", new IcpElementState(IcpElement.TRAINING_AWARENESS, IcpStatus.IN_PLACE, "HR",
                "training log 2026", LocalDate.of(2026, 10, 1)));
        List<IcpElementState> states = icp.checklist().asOf(LocalDate.of(2026, 11, 28));
        assertThat(states).hasSize(7);
        assertThat(states.get(IcpElement.TRAINING_AWARENESS.ordinal()).status()).isEqualTo(IcpStatus.IN_PLACE);
        assertThat(states.get(0).status()).isEqualTo(IcpStatus.NOT_STARTED);
        assertThat(audit.entries(0, 10)).extracting(AuditEntry::subject).containsExactly("icp:training_awareness",
                "icp:training_awareness");
    }
}
