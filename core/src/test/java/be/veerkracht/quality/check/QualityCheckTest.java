package be.veerkracht.quality.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.AgreementChange;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.agreement.QualityAgreement;
import be.veerkracht.quality.equivalence.EquivalenceVerdict;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.measurement.Source;
import be.veerkracht.quality.spc.ChartKind;
import be.veerkracht.quality.spc.PistonRings;
import be.veerkracht.quality.spc.RuleFiring;
import be.veerkracht.quality.spc.RunRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityCheckTest {

    static final PartId PART = new PartId("900001");
    static final SupplierId PRIMARY = new SupplierId("P1");
    static final SupplierId SECONDARY = new SupplierId("S2");
    static final Instant T0 = Instant.parse("2026-01-05T07:00:00Z");

    /** Spec 9.0 .. 10.9, default margin 0.1 x 1.9 = 0.19. */
    static QualityAgreement agreement() {
        return new QualityAgreement(PART, 1, PRIMARY, List.of(new Characteristic("length", "mm", 10.0, 9.0, 10.9,
                "caliper", 1, "every lot", true, null)), new AgreementChange("test", T0, "test"));
    }

    static Measurement value(SupplierId supplier, String lot, Instant at, double value, Source source) {
        return new Measurement(PART, "length", supplier, lot, at, value, source);
    }

    /**
     * Constructed so every firing is known by construction. Primary: 20 lots alternating 10.0, 10.2 (baseline:
     * mean 10.1, MR̄ 0.2, σ = 0.2/1.128 = 0.177305, so 1σ 10.2773, 2σ 10.4546, 3σ 10.6319; every baseline value
     * within 1σ), then 11.0 (beyond 3σ: WE1; above USL 10.9: out of spec) and 10.5 (beyond 2σ, with 11.0 two of
     * three: WE2). Secondary: 20 lots alternating 10.4, 10.6 an hour after the primary's, lots 1-3 also measured by
     * us 0.5 lower (0.4, 0.6, 0.5 apart).
     */
    static List<Measurement> constructed() {
        List<Measurement> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(value(PRIMARY, "P" + (i + 1), T0.plus(Duration.ofDays(7L * i)), i % 2 == 0 ? 10.0 : 10.2,
                    Source.SUPPLIER_CERTIFICATE));
            Instant at = T0.plus(Duration.ofDays(7L * i)).plus(Duration.ofHours(1));
            double v = i % 2 == 0 ? 10.4 : 10.6;
            out.add(value(SECONDARY, "S" + (i + 1), at, v, Source.SUPPLIER_CERTIFICATE));
            if (i < 3) {
                out.add(value(SECONDARY, "S" + (i + 1), at.plus(Duration.ofDays(1)), v - 0.5 + (i - 1) * 0.1 * -1,
                        Source.INCOMING_INSPECTION));
            }
        }
        out.add(value(PRIMARY, "P21", T0.plus(Duration.ofDays(140)), 11.0, Source.SUPPLIER_CERTIFICATE));
        out.add(value(PRIMARY, "P22", T0.plus(Duration.ofDays(147)), 10.5, Source.SUPPLIER_CERTIFICATE));
        return out;
    }

    @Test
    void constructed_series_fires_where_built_to() {
        QualityReview review = new QualityCheck(List.of(agreement()), constructed()).review();
        SupplierReview primary = review.parts().get(0).characteristics().get(0).suppliers().get(0);
        assertThat(primary.supplier()).isEqualTo(PRIMARY);
        assertThat(primary.chart().chart().kind()).isEqualTo(ChartKind.INDIVIDUALS_MOVING_RANGE);
        assertThat(primary.chart().chart().baselinePoints()).isEqualTo(20);
        assertThat(primary.chart().chart().location().limits().upper()).isCloseTo(10.631915, within(1e-6));
        assertThat(primary.chart().firings()).extracting(RuleFiring::rule, RuleFiring::index).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RunRule.WESTERN_ELECTRIC_1, 20),
                org.assertj.core.groups.Tuple.tuple(RunRule.WESTERN_ELECTRIC_2, 21));
        assertThat(primary.outOfSpec()).extracting(Measurement::lot).containsExactly("P21");
        // Cpk over all 22 values: MR̄ = (19·0.2 + 0.8 + 0.5)/21 = 0.242857, σw = MR̄/1.128 = 0.215299,
        // mean 223.5/22 = 10.159091, Cpu = (10.9 − 10.159091)/(3·0.215299) = 1.14710 (hand calculation)
        assertThat(primary.capability().cpk()).isCloseTo(1.14710, within(1e-4));
        assertThat(primary.lab()).isNull();
    }

    @Test
    void cross_validation_and_lab_use_the_agreement_margin() {
        CharacteristicReview c = new QualityCheck(List.of(agreement()), constructed()).review().parts().get(0)
                .characteristics().get(0);
        SecondaryValidation v = c.crossValidations().get(0);
        assertThat(v.secondary()).isEqualTo(SECONDARY);
        assertThat(v.validation().margin()).isCloseTo(0.19, within(1e-12));
        assertThat(v.validation().primaryCount()).isEqualTo(22);
        assertThat(v.validation().secondaryCount()).isEqualTo(20);
        // means 10.159091 and 10.5: the difference 0.340909 is beyond δ = 0.19, so NOT_EQUIVALENT
        assertThat(v.validation().verdict()).isEqualTo(EquivalenceVerdict.NOT_EQUIVALENT);
        SupplierReview secondary = c.suppliers().get(1);
        assertThat(secondary.chartSource()).isEqualTo(Source.SUPPLIER_CERTIFICATE);
        assertThat(secondary.lots()).hasSize(20);
        assertThat(secondary.lab().lots()).isEqualTo(3);
        // certificate − ours = 0.6, 0.5, 0.4: mean 0.5 (hand)
        assertThat(secondary.lab().meanDifference()).isCloseTo(0.5, within(1e-9));
        assertThat(secondary.lab().verdict()).isEqualTo(EquivalenceVerdict.NOT_EQUIVALENT);
    }

    /** The hand-made alert list of the constructed case, newest first (ties: part, characteristic, supplier, kind). */
    @Test
    void alert_list_by_hand() {
        QualityReview review = new QualityCheck(List.of(agreement()), constructed()).review();
        assertThat(review.alerts()).extracting(QualityAlert::kind, a -> a.supplier().value(), QualityAlert::lots)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AlertKind.RULE_FIRED, "P1", List.of("P21", "P22")),
                        org.assertj.core.groups.Tuple.tuple(AlertKind.LOW_CAPABILITY, "P1", List.of()),
                        org.assertj.core.groups.Tuple.tuple(AlertKind.RULE_FIRED, "P1", List.of("P21")),
                        org.assertj.core.groups.Tuple.tuple(AlertKind.OUT_OF_SPEC, "P1", List.of("P21")),
                        org.assertj.core.groups.Tuple.tuple(AlertKind.NOT_EQUIVALENT, "S2", List.of()),
                        // secondary Cpu = (10.9 − 10.5)/(3·0.2/1.128) = 0.752 < 1.33
                        org.assertj.core.groups.Tuple.tuple(AlertKind.LOW_CAPABILITY, "S2", List.of()),
                        org.assertj.core.groups.Tuple.tuple(AlertKind.LAB_DISAGREEMENT, "S2", List.of()));
        QualityAlert outOfSpec = review.alerts().get(3);
        assertThat(outOfSpec.measurements()).extracting(Measurement::value).containsExactly(11.0);
        assertThat(outOfSpec.at()).isEqualTo(T0.plus(Duration.ofDays(140)));
        assertThat(outOfSpec.reason().get(0).key()).isEqualTo(CheckText.ALERT_OUT_OF_SPEC);
        assertThat(outOfSpec.reason().get(0).args()).containsExactly("11", "mm", "P21", "supplier_certificate",
                "2026-05-25T07:00:00Z", "9", "10.9");
        assertThat(review.alerts().get(0).reason().get(1).key()).isEqualTo(RunRule.WESTERN_ELECTRIC_2);
    }

    /**
     * Montgomery's piston rings as 40 weekly lots of 5: X̄-R with limits from the first 20 lots, X̄̄ = 74.00111,
     * R̄ = 0.02235, limits X̄̄ ± 0.577·R̄ = 73.988214 .. 74.014006 (NumPy 2.4 on qcc's pistonrings data); the
     * means beyond them are subgroups 37, 38 and 39, as in Montgomery, section 6.2.1, with his 25-subgroup limits.
     */
    @Test
    void piston_rings_as_lots() {
        List<Measurement> values = new ArrayList<>();
        List<List<Double>> lots = PistonRings.bothPhases();
        for (int i = 0; i < lots.size(); i++) {
            for (int j = 0; j < 5; j++) {
                values.add(value(PRIMARY, "L" + (i + 1), T0.plus(Duration.ofDays(7L * i)).plusSeconds(j),
                        lots.get(i).get(j), Source.SUPPLIER_CERTIFICATE));
            }
        }
        QualityAgreement rings = new QualityAgreement(PART, 1, PRIMARY, List.of(new Characteristic("length", "mm",
                74.0, PistonRings.LSL, PistonRings.USL, "bore gauge", 5, "every lot", true, null)),
                new AgreementChange("test", T0, "test"));
        SupplierReview s = new QualityCheck(List.of(rings), values).review().parts().get(0).characteristics().get(0)
                .suppliers().get(0);
        assertThat(s.chart().chart().kind()).isEqualTo(ChartKind.XBAR_R);
        assertThat(s.chart().chart().baselinePoints()).isEqualTo(20);
        assertThat(s.chart().chart().location().limits().center()).isCloseTo(74.00111, within(1e-9));
        assertThat(s.chart().chart().location().limits().lower()).isCloseTo(73.988214, within(1e-6));
        assertThat(s.chart().chart().location().limits().upper()).isCloseTo(74.014006, within(1e-6));
        assertThat(s.chart().firings().stream().filter(f -> f.rule() == RunRule.WESTERN_ELECTRIC_1)
                .map(RuleFiring::index)).containsExactly(36, 37, 38);
        // Cpk over the 200 values with σw = R̄/d2, R̄ of all 40 lots: 1.535607 (NumPy)
        assertThat(s.capability().cpk()).isCloseTo(1.535607, within(1e-5));
        assertThat(s.outOfSpec()).isEmpty();
    }

    @Test
    void lots_of_another_size_are_left_out_and_named() {
        List<Measurement> values = new ArrayList<>(constructed().stream().filter(m -> m.supplier().equals(PRIMARY))
                .toList());
        values.add(value(PRIMARY, "P5", T0.plus(Duration.ofDays(28)).plusSeconds(1), 10.0,
                Source.SUPPLIER_CERTIFICATE));
        SupplierReview s = new QualityCheck(List.of(agreement()), values).review().parts().get(0).characteristics()
                .get(0).suppliers().get(0);
        assertThat(s.lots()).hasSize(21).extracting(ChartLot::lot).doesNotContain("P5");
        assertThat(s.explanation()).anyMatch(t -> t.key() == CheckText.LOTS_LEFT_OUT && t.args().get(0)
                .equals("[P5]"));
    }

    @Test
    void no_primary_means_no_cross_validation_and_deterministic() {
        QualityAgreement none = new QualityAgreement(PART, 1, null, agreement().characteristics(),
                new AgreementChange("test", T0, "test"));
        QualityReview a = new QualityCheck(List.of(none), constructed()).review();
        assertThat(a.parts().get(0).characteristics().get(0).crossValidations()).isEmpty();
        assertThat(a.parts().get(0).characteristics().get(0).explanation()).extracting(t -> t.key())
                .containsExactly(CheckText.NO_PRIMARY);
        List<Measurement> reversed = new ArrayList<>(constructed());
        java.util.Collections.reverse(reversed);
        assertThat(new QualityCheck(List.of(none), reversed).review()).isEqualTo(a);
    }
}
