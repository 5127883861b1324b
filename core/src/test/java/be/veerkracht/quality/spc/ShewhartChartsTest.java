package be.veerkracht.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShewhartChartsTest {

    private static final double EXACT = 1e-7;

    @Test
    void xbar_r_limits_of_the_piston_rings_match_montgomery_and_an_independent_computation() {
        ControlChart chart = ShewhartCharts.xbarR(PistonRings.phaseOne(), 25);
        // Montgomery, ISQC 6th ed., Example 6.1: X̄̄ = 74.001, R̄ = 0.023, X̄ limits 73.988 and 74.014
        // (the book rounds R̄ before multiplying; its R chart UCL 0.049 = 2.114 × 0.023)
        assertThat(chart.location().limits().center()).isCloseTo(74.001, within(5e-4));
        assertThat(chart.dispersion().limits().center()).isCloseTo(0.023, within(5e-4));
        assertThat(chart.location().limits().lower()).isCloseTo(73.988, within(5e-4));
        assertThat(chart.location().limits().upper()).isCloseTo(74.014, within(5e-4));
        // NumPy 2 on the qcc data (core/src/test/fixture-tools/quality_reference.py): X̄̄ = 74.001176, R̄ = 0.02276,
        // limits 74.001176 ∓ 0.577 × 0.02276, R chart 0 … 2.114 × 0.02276 = 0.04811464, σ = R̄/2.326
        assertThat(chart.location().limits().center()).isCloseTo(74.001176, within(EXACT));
        assertThat(chart.dispersion().limits().center()).isCloseTo(0.02276, within(EXACT));
        assertThat(chart.location().limits().lower()).isCloseTo(73.98804348, within(EXACT));
        assertThat(chart.location().limits().upper()).isCloseTo(74.01430852, within(EXACT));
        assertThat(chart.dispersion().limits().lower()).isZero();
        assertThat(chart.dispersion().limits().upper()).isCloseTo(0.04811464, within(EXACT));
        assertThat(chart.sigmaWithin()).isCloseTo(0.009785038693, within(1e-10));
        assertThat(chart.location().outOfLimits()).isEmpty();
        assertThat(chart.dispersion().outOfLimits()).isEmpty();
        assertThat(chart.kind()).isEqualTo(ChartKind.XBAR_R);
        assertThat(chart.explanation().get(0).in(Locale.ENGLISH)).contains("A2 = 0.577", "d2 = 2.326");
    }

    @Test
    void phase_two_limits_come_from_the_baseline_and_flag_the_shifted_subgroups() {
        ControlChart chart = ShewhartCharts.xbarR(PistonRings.bothPhases(), 25);
        // the limits are phase I's (as above); NumPy: subgroups 37, 38, 39 (0-based 36..38) have means 74.0166,
        // 74.0196 and 74.0234 above UCL 74.0143 — the shift Montgomery (section 6.2.1, Fig. 6.3) points out
        assertThat(chart.location().limits().upper()).isCloseTo(74.01430852, within(EXACT));
        assertThat(chart.location().points()).hasSize(40);
        assertThat(chart.location().outOfLimits()).containsExactly(36, 37, 38);
        List<RuleFiring> beyond = new WesternElectricRules().firings(chart.location()).stream()
                .filter(f -> f.rule() == RunRule.WESTERN_ELECTRIC_1).toList();
        assertThat(beyond).extracting(RuleFiring::index).containsExactly(36, 37, 38);
    }

    @Test
    void xbar_s_limits_of_the_piston_rings() {
        ControlChart chart = ShewhartCharts.xbarS(PistonRings.phaseOne(), 25);
        // NumPy 2 on the qcc data: S̄ = 0.0092400366, X̄ limits 74.001176 ∓ 1.427 S̄, S chart 0 … 2.089 S̄,
        // σ = S̄/0.9400 (Montgomery, Example 6.3 gives S̄ = 0.0094 and limits 73.988, 74.014 for his table)
        assertThat(chart.dispersion().limits().center()).isCloseTo(0.0092400366, within(1e-9));
        assertThat(chart.location().limits().lower()).isCloseTo(73.98799047, within(EXACT));
        assertThat(chart.location().limits().upper()).isCloseTo(74.01436153, within(EXACT));
        assertThat(chart.dispersion().limits().upper()).isCloseTo(0.01930244, within(EXACT));
        assertThat(chart.sigmaWithin()).isCloseTo(0.0098298262, within(1e-9));
    }

    @Test
    void individuals_and_moving_range_of_the_piston_ring_values() {
        ControlChart chart = ShewhartCharts.individuals(PistonRings.phaseOneValues(), 125);
        // NumPy 2: MR̄ = 0.0107983871 over 124 moving ranges, σ = MR̄/1.128, limits x̄ ∓ 3σ, MR UCL 3.267 MR̄
        assertThat(chart.dispersion().points()).hasSize(124);
        assertThat(chart.dispersion().limits().center()).isCloseTo(0.0107983871, within(1e-9));
        assertThat(chart.sigmaWithin()).isCloseTo(0.0095730382, within(1e-9));
        assertThat(chart.location().limits().lower()).isCloseTo(73.97245689, within(EXACT));
        assertThat(chart.location().limits().upper()).isCloseTo(74.02989511, within(EXACT));
        assertThat(chart.dispersion().limits().upper()).isCloseTo(0.03527833, within(EXACT));
        // NumPy: 74.030 (index 0, above 74.0299) and 73.967 (index 66 = subgroup 14, value 2) are outside
        assertThat(chart.location().outOfLimits()).containsExactly(0, 66);
    }

    @Test
    void the_baseline_alone_sets_the_limits() {
        // hand computation: baseline 1, 3 → mean 2, MR̄ 2, σ = 2/1.128; the later 100 does not move the limits
        ControlChart chart = ShewhartCharts.individuals(List.of(1.0, 3.0, 100.0), 2);
        assertThat(chart.location().limits().center()).isEqualTo(2.0);
        assertThat(chart.sigmaWithin()).isCloseTo(2 / 1.128, within(1e-12));
        assertThat(chart.location().outOfLimits()).containsExactly(2);
    }

    @Test
    void bad_input_is_refused_with_its_reason() {
        assertThatThrownBy(() -> ShewhartCharts.xbarR(List.of(List.of(1.0, 2.0), List.of(1.0, 2.0, 3.0)), 2))
                .hasMessageContaining("equal sizes");
        assertThatThrownBy(() -> ShewhartCharts.individuals(List.of(1.0, 2.0), 3)).hasMessageContaining("baseline");
        assertThatThrownBy(() -> ShewhartCharts.individuals(List.of(1.0, Double.NaN), 2))
                .hasMessageContaining("value 2");
    }
}
