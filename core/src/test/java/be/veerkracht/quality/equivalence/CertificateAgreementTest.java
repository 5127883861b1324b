package be.veerkracht.quality.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Expected values: statsmodels 0.15 ttost_paired and SciPy 1.17 ttest_rel on the same ten lots. */
class CertificateAgreementTest {

    private static final double[] CERTIFICATE = {5.02, 4.98, 5.05, 5.01, 4.99, 5.03, 5.00, 5.04, 4.97, 5.02};
    private static final double[] OURS = {5.00, 4.97, 5.02, 5.00, 4.98, 5.00, 4.99, 5.01, 4.97, 5.00};

    private static LabAgreement assess(double margin) {
        List<PairedMeasurement> lots = new ArrayList<>();
        for (int i = 0; i < CERTIFICATE.length; i++) {
            lots.add(new PairedMeasurement("L" + i, CERTIFICATE[i], OURS[i]));
        }
        return new CertificateAgreement(lots, margin, 0.05, 0.8).assess();
    }

    @Test
    void the_labs_agree_within_a_margin_of_five_hundredths() {
        LabAgreement a = assess(0.05);
        // scipy ttest_rel: t 5.074689670070909, p 0.0006676167532012946 — a real bias of 0.017 …
        assertThat(a.meanDifference()).isCloseTo(0.017, within(1e-12));
        assertThat(a.pairedT().statistic()).isCloseTo(5.074689670070909, within(1e-8));
        assertThat(a.pairedT().pValue()).isCloseTo(0.0006676167532012946, within(1e-10));
        // … yet well within ±0.05: ttost_paired(cert, ours, -0.05, 0.05) p 2.0271849463958207e-06,
        // t1 20.000247523220644, t2 -9.850868183078827
        assertThat(a.tost().pValue()).isCloseTo(2.0271849463958207e-06, within(1e-12));
        assertThat(a.tost().tLower()).isCloseTo(20.000247523220644, within(1e-8));
        assertThat(a.tost().tUpper()).isCloseTo(-9.850868183078827, within(1e-8));
        // NumPy: d̄ ∓ 1.96·s(d) = -0.003763258147, 0.037763258147
        assertThat(a.lowerLimitOfAgreement()).isCloseTo(-0.003763258147239202, within(1e-12));
        assertThat(a.upperLimitOfAgreement()).isCloseTo(0.03776325814723919, within(1e-12));
        assertThat(a.verdict()).isEqualTo(EquivalenceVerdict.EQUIVALENT);
        assertThat(a.reason().in(Locale.ENGLISH)).startsWith("THE LABS AGREE");
    }

    @Test
    void a_bias_beyond_the_margin_means_the_labs_disagree() {
        assertThat(assess(0.01).verdict()).isEqualTo(EquivalenceVerdict.NOT_EQUIVALENT);
    }

    @Test
    void a_bias_within_a_tight_margin_needs_more_lots() {
        LabAgreement a = assess(0.02);
        // ttost_paired(cert, ours, -0.02, 0.02): p 0.19691140734578183
        assertThat(a.tost().pValue()).isCloseTo(0.19691140734578183, within(1e-9));
        assertThat(a.verdict()).isEqualTo(EquivalenceVerdict.INSUFFICIENT_DATA);
        // (z.95 + z.90)²·s(d)²/(0.02 − 0.017)² = 106.78 → 107 lots (SciPy by hand)
        assertThat(a.requiredLots()).isEqualTo(107);
    }

    @Test
    void one_lot_is_not_enough() {
        LabAgreement a = new CertificateAgreement(List.of(new PairedMeasurement("L1", 5, 5.01)), 0.05, 0.05, 0.8)
                .assess();
        assertThat(a.verdict()).isEqualTo(EquivalenceVerdict.INSUFFICIENT_DATA);
        assertThat(a.requiredLots()).isEqualTo(2);
    }
}
