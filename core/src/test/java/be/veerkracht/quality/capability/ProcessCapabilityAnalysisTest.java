package be.veerkracht.quality.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.action.Action.Text;
import be.veerkracht.quality.spc.PistonRings;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProcessCapabilityAnalysisTest {

    private static final double TIGHT = 1e-9;
    /** qcc's test suite states its values to 6 decimals and compares with tolerance 1e-6. */
    private static final double QCC = 1e-6;

    /** qcc's test fixture (tests/testthat/test-capability.R, luca-scr/qcc): 3 subgroups of 4, specification 9.9–10.1. */
    private static final List<List<Double>> QCC_GROUPS = List.of(List.of(10.00, 10.02, 9.98, 10.01),
            List.of(10.03, 9.99, 10.01, 10.00), List.of(9.97, 10.04, 10.02, 9.99));

    private static ProcessCapability analyse(List<List<Double>> groups, SpecificationLimits spec) {
        return new ProcessCapabilityAnalysis(groups, spec, WithinSigmaMethod.RANGE, 0.95, 0.05).analyse();
    }

    @Test
    void piston_rings_capability_matches_montgomery_and_an_independent_computation() {
        ProcessCapability c = analyse(PistonRings.phaseOne(),
                SpecificationLimits.twoSided(PistonRings.LSL, PistonRings.USL));
        // Montgomery, ISQC 6th ed., section 6.2.1: σ = R̄/d2 = 0.0099 and Cp = 1.68 with R̄ rounded to 0.023; the
        // unrounded R̄ = 0.02276 of the same data gives the values below (NumPy 2 + SciPy 1.17, core/src/test/fixture-tools/quality_reference.py)
        assertThat(c.sigmaWithin()).isCloseTo(0.0099, within(2e-4));
        assertThat(c.sigmaWithin()).isCloseTo(0.009785038693, within(TIGHT));
        assertThat(c.sigmaOverall()).isCloseTo(0.010069968126, within(TIGHT));
        assertThat(c.mean()).isCloseTo(74.001176, within(TIGHT));
        assertThat(c.cp()).isCloseTo(1.7032806093, within(TIGHT));
        assertThat(c.cpk()).isCloseTo(1.6632194493, within(TIGHT));
        assertThat(c.pp()).isCloseTo(1.6550863377, within(TIGHT));
        assertThat(c.ppk()).isCloseTo(1.6161587070, within(TIGHT));
        // SciPy 1.17: χ² quantiles with ν = 124; Bissell with z = norm.ppf(0.975), n = 125
        assertThat(c.cpInterval().lower()).isCloseTo(1.4914108899, within(1e-8));
        assertThat(c.cpInterval().upper()).isCloseTo(1.9148263776, within(1e-8));
        assertThat(c.ppInterval().lower()).isCloseTo(1.4492114654, within(1e-8));
        assertThat(c.ppInterval().upper()).isCloseTo(1.8606464251, within(1e-8));
        assertThat(c.cpkInterval().lower()).isCloseTo(1.4481289610, within(1e-8));
        assertThat(c.cpkInterval().upper()).isCloseTo(1.8783099377, within(1e-8));
        assertThat(c.ppkInterval().lower()).isCloseTo(1.4066989615, within(1e-8));
        assertThat(c.ppkInterval().upper()).isCloseTo(1.8256184526, within(1e-8));
        // SciPy 1.17 stats.anderson: A² = 0.19101938; its table interpolation says p ≥ 0.15 (formula: 0.8958)
        assertThat(c.normality().statistic()).isCloseTo(0.19101938333, within(1e-8));
        assertThat(c.normality().pValue()).isCloseTo(0.8958342621, within(1e-8)).isGreaterThan(0.15);
        assertThat(c.normality().rejected()).isFalse();
        assertThat(english(c.explanation())).anyMatch(line -> line.startsWith("Normality not rejected"));
    }

    @Test
    void qcc_s_published_test_values_two_sided() {
        ProcessCapability c = analyse(QCC_GROUPS, SpecificationLimits.twoSided(9.9, 10.1));
        // qcc test-capability.R, "Two-sided on-target case": Cp 1.372667, Cp_k 1.304033 [0.727408, 1.880659],
        // Pp 1.612598, Pp_k 1.531968 [0.864608, 2.199329] (qcc's Cp interval is a normal approximation, ours χ²)
        assertThat(c.cp()).isCloseTo(1.372667, within(QCC));
        assertThat(c.cpk()).isCloseTo(1.304033, within(QCC));
        assertThat(c.cpkInterval().lower()).isCloseTo(0.727408, within(QCC));
        assertThat(c.cpkInterval().upper()).isCloseTo(1.880659, within(QCC));
        assertThat(c.pp()).isCloseTo(1.612598, within(QCC));
        assertThat(c.ppk()).isCloseTo(1.531968, within(QCC));
        assertThat(c.ppkInterval().lower()).isCloseTo(0.864608, within(QCC));
        assertThat(c.ppkInterval().upper()).isCloseTo(2.199329, within(QCC));
        assertThat(c.cpl()).isCloseTo(1.441300, within(QCC));
        assertThat(c.cpu()).isCloseTo(1.304033, within(QCC));
        // 12 values: normality is tested (n ≥ 8), and the explanation warns of few data
        assertThat(english(c.explanation())).anyMatch(line -> line.startsWith("Only 12 values"));
    }

    @Test
    void qcc_s_published_test_values_one_sided() {
        ProcessCapability lower = analyse(QCC_GROUPS, SpecificationLimits.lowerOnly(9.9));
        // qcc test-capability.R, "Lower spec only case": Cp_k 1.441300 [0.810191, 2.072409], Pp_k 1.693228
        // [0.960982, 2.425474]; Cp and Pp undefined
        assertThat(lower.cp()).isNull();
        assertThat(lower.pp()).isNull();
        assertThat(lower.cpInterval()).isNull();
        assertThat(lower.cpu()).isNull();
        assertThat(lower.cpk()).isCloseTo(1.441300, within(QCC));
        assertThat(lower.cpkInterval().lower()).isCloseTo(0.810191, within(QCC));
        assertThat(lower.cpkInterval().upper()).isCloseTo(2.072409, within(QCC));
        assertThat(lower.ppk()).isCloseTo(1.693228, within(QCC));
        assertThat(lower.ppkInterval().lower()).isCloseTo(0.960982, within(QCC));
        assertThat(lower.ppkInterval().upper()).isCloseTo(2.425474, within(QCC));
        ProcessCapability upper = analyse(QCC_GROUPS, SpecificationLimits.upperOnly(10.1));
        // qcc "Upper spec only case": Cp_k 1.304033 [0.727408, 1.880659], Pp_k 1.531968
        assertThat(upper.cpk()).isCloseTo(1.304033, within(QCC));
        assertThat(upper.cpkInterval().upper()).isCloseTo(1.880659, within(QCC));
        assertThat(upper.ppk()).isCloseTo(1.531968, within(QCC));
        assertThat(english(upper.explanation())).anyMatch(line -> line.startsWith("Upper limit only"));
    }

    @Test
    void individuals_use_the_moving_range() {
        ProcessCapability c = ProcessCapabilityAnalysis.individuals(PistonRings.phaseOneValues(),
                SpecificationLimits.twoSided(PistonRings.LSL, PistonRings.USL)).analyse();
        // NumPy 2: MR̄/1.128 = 0.0095730382, Cp = 0.1/(6σ) = 1.7410007468, Cpk = 1.7000524093
        assertThat(c.withinMethod()).isEqualTo(WithinSigmaMethod.MOVING_RANGE);
        assertThat(c.sigmaWithin()).isCloseTo(0.0095730382, within(1e-9));
        assertThat(c.cp()).isCloseTo(1.7410007468, within(1e-8));
        assertThat(c.cpk()).isCloseTo(1.7000524093, within(1e-8));
        assertThat(c.pp()).isCloseTo(1.6550863377, within(1e-8));
    }

    @Test
    void a_skewed_sample_is_flagged_as_not_normal() {
        List<Double> skewed = List.of(0.1, 0.2, 0.2, 0.3, 0.3, 0.4, 0.5, 0.7, 0.9, 1.2, 1.6, 2.3, 3.5, 5.8, 9.4);
        ProcessCapability c = ProcessCapabilityAnalysis.individuals(skewed, SpecificationLimits.upperOnly(12))
                .analyse();
        // SciPy 1.17 stats.anderson: A² = 1.85456318; its table interpolation says p ≤ 0.01 (formula: 5.236e-5)
        assertThat(c.normality().statistic()).isCloseTo(1.854563185, within(1e-8));
        assertThat(c.normality().pValue()).isCloseTo(5.235917798e-5, within(1e-12)).isLessThan(0.01);
        assertThat(c.normality().rejected()).isTrue();
        assertThat(english(c.explanation())).anyMatch(line -> line.startsWith("Warning: the data do not look normal"));
    }

    @Test
    void too_few_values_are_not_tested_for_normality_and_bad_input_is_refused() {
        ProcessCapability c = ProcessCapabilityAnalysis.individuals(List.of(1.0, 2.0, 1.5),
                SpecificationLimits.twoSided(0, 3)).analyse();
        assertThat(c.normality().tested()).isFalse();
        assertThat(english(c.explanation())).anyMatch(line -> line.startsWith("Normality not tested"));
        assertThatThrownBy(() -> SpecificationLimits.twoSided(2, 1)).hasMessageContaining("below the upper");
        assertThatThrownBy(() -> new SpecificationLimits(null, null)).hasMessageContaining("lower limit");
        assertThatThrownBy(() -> ProcessCapabilityAnalysis.individuals(List.of(1.0, 1.0, 1.0),
                SpecificationLimits.upperOnly(2)).analyse()).hasMessageContaining("no spread");
        assertThatThrownBy(() -> new ProcessCapabilityAnalysis(QCC_GROUPS, SpecificationLimits.upperOnly(2),
                WithinSigmaMethod.MOVING_RANGE, 0.95, 0.05)).hasMessageContaining("moving range");
    }

    @Test
    void the_standard_deviation_method_uses_s_bar_over_c4() {
        ProcessCapability c = new ProcessCapabilityAnalysis(PistonRings.phaseOne(),
                SpecificationLimits.twoSided(PistonRings.LSL, PistonRings.USL), WithinSigmaMethod.STANDARD_DEVIATION,
                0.95, 0.05).analyse();
        // NumPy 2: S̄/0.9400 = 0.0098298262
        assertThat(c.sigmaWithin()).isCloseTo(0.0098298262, within(1e-9));
    }

    static List<String> english(List<Text> lines) {
        return lines.stream().map(t -> t.in(Locale.ENGLISH)).toList();
    }
}
