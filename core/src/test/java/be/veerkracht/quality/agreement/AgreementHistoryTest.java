package be.veerkracht.quality.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementHistoryTest {

    private static final PartId PART = new PartId("100234");
    private static final AgreementChange FIRST =
            new AgreementChange("an.peeters", Instant.parse("2026-03-02T09:00:00Z"), "first agreement");

    @Test
    void a_new_version_is_appended_and_the_old_one_kept_unchanged() {
        AgreementHistory one = AgreementHistory.empty(PART)
                .next(new SupplierId("S-100"), List.of(CharacteristicTest.bore(null)), FIRST);
        Characteristic widened = new Characteristic("bore_diameter", "mm", 25.0, 24.94, 25.06, "CMM, ISO 10360", 5,
                "every lot", true, null);
        AgreementHistory two = one.next(new SupplierId("S-100"), List.of(widened),
                new AgreementChange("jan.claes", Instant.parse("2026-05-11T14:00:00Z"), "PPAP of S-200"));

        assertThat(one.versions()).hasSize(1);
        assertThat(two.versions()).hasSize(2);
        assertThat(two.version(1).orElseThrow()).isEqualTo(one.current().orElseThrow());
        assertThat(two.current().orElseThrow().version()).isEqualTo(2);
        assertThat(two.current().orElseThrow().characteristic("bore_diameter").orElseThrow().usl()).isEqualTo(25.06);
        assertThat(two.version(1).orElseThrow().characteristic("bore_diameter").orElseThrow().usl())
                .isEqualTo(25.05);
        assertThat(two.version(3)).isEmpty();
        assertThat(AgreementHistory.empty(PART).current()).isEmpty();
    }

    @Test
    void versions_must_run_from_one_without_gaps_and_be_of_the_part() {
        QualityAgreement v2 = new QualityAgreement(PART, 2, null, List.of(CharacteristicTest.bore(null)), FIRST);
        assertThatThrownBy(() -> new AgreementHistory(PART, List.of(v2))).hasMessageContaining("1..1");
        QualityAgreement other = new QualityAgreement(new PartId("P-9"), 1, null,
                List.of(CharacteristicTest.bore(null)), FIRST);
        assertThatThrownBy(() -> new AgreementHistory(PART, List.of(other))).hasMessageContaining("not 100234");
    }

    @Test
    void an_agreement_names_each_characteristic_once_and_has_at_least_one() {
        assertThatThrownBy(() -> new QualityAgreement(PART, 1, null,
                List.of(CharacteristicTest.bore(null), CharacteristicTest.bore(0.02)), FIRST))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new QualityAgreement(PART, 1, null, List.of(), FIRST))
                .hasMessageContaining("no characteristics");
    }

    @Test
    void terms_follow_the_rules_of_a_version_and_become_one() {
        assertThatThrownBy(() -> new AgreementTerms(PART, null, List.of())).hasMessageContaining("no characteristics");
        AgreementTerms terms = new AgreementTerms(PART, new SupplierId("S-100"), List.of(CharacteristicTest.bore(null)));
        QualityAgreement v3 = terms.asVersion(3, FIRST);
        assertThat(v3.version()).isEqualTo(3);
        assertThat(AgreementTerms.of(v3)).isEqualTo(terms);
    }

    @Test
    void same_terms_ignore_who_made_the_version() {
        QualityAgreement a = new QualityAgreement(PART, 1, null, List.of(CharacteristicTest.bore(null)), FIRST);
        QualityAgreement b = new QualityAgreement(PART, 2, null, List.of(CharacteristicTest.bore(null)),
                new AgreementChange("x", Instant.EPOCH, "again"));
        assertThat(a.sameTermsAs(b)).isTrue();
        QualityAgreement c = new QualityAgreement(PART, 2, new SupplierId("S-1"), List.of(CharacteristicTest.bore(null)),
                FIRST);
        assertThat(a.sameTermsAs(c)).isFalse();
    }
}
