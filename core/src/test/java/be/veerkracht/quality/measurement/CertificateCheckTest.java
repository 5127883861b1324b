package be.veerkracht.quality.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.AgreementChange;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.agreement.QualityAgreement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateCheckTest {

    private static final PartId PART = new PartId("100234");
    private static final SupplierId SUPPLIER = new SupplierId("S-200");
    // bore: [24.95, 25.05] mm, 3 values per lot, on the certificate; roughness: Ra <= 1.6 um, 1 value, not required
    private static final QualityAgreement AGREEMENT = new QualityAgreement(PART, 2, new SupplierId("S-100"), List.of(
            new Characteristic("bore_diameter", "mm", 25.0, 24.95, 25.05, "CMM", 3, "every lot", true, null),
            new Characteristic("roughness_ra", "um", null, null, 1.6, "profilometer", 1, "weekly", false, 0.2)),
            new AgreementChange("an.peeters", Instant.EPOCH, "PPAP"));
    private final CertificateCheck check = new CertificateCheck(AGREEMENT);

    private static Measurement m(String lot, String characteristic, double value) {
        return new Measurement(PART, characteristic, SUPPLIER, lot, Instant.parse("2026-06-01T08:00:00Z"), value,
                Source.SUPPLIER_CERTIFICATE);
    }

    @Test
    void a_certificate_giving_every_required_value_within_limits_conforms() {
        CertificateVerdict verdict = check.check(List.of(m("L1", "bore_diameter", 24.98), m("L1", "bore_diameter",
                25.0), m("L1", "bore_diameter", 25.05)));
        assertThat(verdict.conforms()).isTrue();
        assertThat(verdict.agreementVersion()).isEqualTo(2);
    }

    @Test
    void each_rule_fires_with_its_lot_characteristic_and_values() {
        List<Measurement> certificate = new ArrayList<>(List.of(
                m("L1", "bore_diameter", 24.98), m("L1", "bore_diameter", 25.06), m("L1", "bore_diameter", 25.0),
                m("L1", "hardness", 58), m("L1", "roughness_ra", 1.7),
                m("L2", "roughness_ra", 0.8)));
        CertificateVerdict verdict = check.check(certificate);

        // L1: 25.06 > USL 25.05 and 1.7 > 1.6 (out of spec), hardness unknown; bore has 3 = sample size, so fine.
        // L2: bore missing although required; roughness has 1 value = sample size 1, in spec.
        assertThat(verdict.findings()).extracting(CertificateFinding::kind).containsExactly(
                CertificateFinding.Kind.OUT_OF_SPEC, CertificateFinding.Kind.OUT_OF_SPEC,
                CertificateFinding.Kind.UNKNOWN_CHARACTERISTIC, CertificateFinding.Kind.MISSING_CHARACTERISTIC);
        assertThat(verdict.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("lot L1: bore_diameter = 25.06 mm lies outside the specification [24.95, 25.05]");
        assertThat(verdict.findings().get(1).message(Locale.ENGLISH))
                .isEqualTo("lot L1: roughness_ra = 1.7 um lies outside the specification [-∞, 1.6]");
        assertThat(verdict.findings().get(2).message(new Locale("nl")))
                .isEqualTo("lot L1: kenmerk hardness staat niet in versie 2 van de kwaliteitsovereenkomst");
        assertThat(verdict.findings().get(3).lot()).isEqualTo("L2");
        assertThat(verdict.findings().get(3).message(Locale.FRENCH))
                .isEqualTo("lot L2 : le certificat ne donne pas bore_diameter, exigé par l'accord qualité");
    }

    @Test
    void fewer_values_than_the_sample_size_is_reported_once_per_lot_and_characteristic() {
        CertificateVerdict verdict = check.check(List.of(m("L3", "bore_diameter", 25.0), m("L3", "bore_diameter",
                25.01)));
        assertThat(verdict.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(CertificateFinding.Kind.SAMPLE_TOO_SMALL);
            assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo("lot L3: bore_diameter has 2 value(s), the quality agreement asks for 3");
        });
    }

    @Test
    void a_part_without_agreement_and_a_measurement_of_another_part_are_said_so() {
        assertThat(CertificateCheck.withoutAgreement(PART).findings()).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.ENGLISH))
                        .isEqualTo("part 100234 has no quality agreement to check the certificate against"));
        Measurement other = new Measurement(new PartId("P-9"), "bore_diameter", SUPPLIER, "L1", Instant.EPOCH, 25,
                Source.LAB);
        assertThatThrownBy(() -> check.check(List.of(other))).hasMessageContaining("P-9");
    }
}
