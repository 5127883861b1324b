package be.veerkracht.compliance;

import static be.veerkracht.compliance.TestRuleSets.cc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** "May this part be sourced from country CC?": the technology-transfer check behind it (Art. 2(2)(iv), 3(1)). */
class SourcingCheckTest {

    private static final ExportCheck CHECK = new ExportCheck(TestRuleSets.standard());
    private static final SourcingCheck SOURCING = new SourcingCheck(CHECK);
    private static final ExportItem LISTED = ExportItem.part("P-FPGA", ControlStatus.listed("3A001.a.1"));

    @Test
    void a_listed_part_may_be_made_in_germany_freely_in_japan_under_eu001_in_china_with_a_licence() {
        // Art. 11(1) (free inside the Union); Annex II, Section A (EU001 covers technology); Art. 3(1).
        assertThat(SOURCING.permission(LISTED, cc("DE")).verdict()).isEqualTo(SourcingPermission.Verdict.ALLOWED);
        SourcingPermission japan = SOURCING.permission(LISTED, cc("JP"));
        assertThat(japan.verdict()).isEqualTo(SourcingPermission.Verdict.ALLOWED_WITH_LICENCE);
        assertThat(japan.decision().decision()).isEqualTo(Decision.UGEA);
        assertThat(japan.decision().query().transfer()).isEqualTo(TransferKind.TECHNOLOGY_TO_SUPPLIER);
        assertThat(SOURCING.permission(LISTED, cc("CN")).verdict())
                .isEqualTo(SourcingPermission.Verdict.ALLOWED_WITH_LICENCE);
    }

    @Test
    void a_listed_part_may_not_be_made_in_russia() {
        // Reg. (EU) 833/2014, Art. 2(1).
        SourcingPermission russia = SOURCING.permission(LISTED, cc("RU"));

        assertThat(russia.verdict()).isEqualTo(SourcingPermission.Verdict.FORBIDDEN);
        assertThat(russia.decision().decision()).isEqualTo(Decision.PROHIBITED);
    }

    @Test
    void not_listed_parts_are_allowed_and_unclassified_ones_must_be_classified_first() {
        ExportItem bolt = ExportItem.part("P-BOLT", ControlStatus.notListed("standard bolt"));
        ExportItem unknown = ExportItem.part("P-NEW", ControlStatus.unclassified());

        assertThat(SOURCING.permission(bolt, cc("CN")).verdict()).isEqualTo(SourcingPermission.Verdict.ALLOWED);
        assertThat(SOURCING.permission(unknown, cc("CN")).verdict())
                .isEqualTo(SourcingPermission.Verdict.CLASSIFY_FIRST);
        assertThat(SOURCING.permission(unknown, cc("BE")).verdict()).isEqualTo(SourcingPermission.Verdict.ALLOWED);
    }

    @Test
    void a_verdict_must_follow_from_its_decision() {
        ExportDecision prohibited = CHECK.check(ExportQuery.of(LISTED, cc("RU")));

        assertThatThrownBy(() -> new SourcingPermission(SourcingPermission.Verdict.ALLOWED, prohibited))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
