package be.veerkracht.quality.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Every expected value was computed on this machine with an independent implementation: statsmodels 0.15
 * ({@code statsmodels.stats.weightstats.ttost_ind}, which tests x1 − x2) and SciPy 1.17 ({@code stats.ttest_ind},
 * {@code stats.levene(center='median')}, {@code stats.f}); the script is core/src/test/fixture-tools/quality_reference.py.
 */
class TwoSampleComparisonTest {

    private static final double TOL = 1e-9;
    private static final double[] A = {4, 7, 8};
    private static final double[] B = {6, 8, 7};
    /** Primary (20) and secondary (15) values drawn once with NumPy (seed 5) and rounded to 3 decimals. */
    static final double[] PRIMARY = {9.984, 9.974, 9.995, 10.008, 10.023, 10.002, 9.989, 9.984, 10.015, 10.033,
        10.005, 9.975, 9.981, 10.032, 10.004, 9.965, 9.998, 9.977, 9.987, 9.99};
    static final double[] SECONDARY = {9.987, 10.019, 10.003, 9.99, 10.015, 10.026, 9.964, 9.999, 9.98, 10.001,
        9.973, 10.006, 10.004, 9.997, 9.979};

    @Test
    void tost_of_the_issue_s_example_matches_statsmodels_pooled_and_welch() {
        TwoSampleComparison c = new TwoSampleComparison(A, B);
        // statsmodels ttost_ind([4,7,8], [6,8,7], -1, 1, usevar='pooled'):
        // p 0.4074510057295907, t1 0.25 (p 0.4074510057), t2 -1.25 (p 0.1397198217), df 4
        Tost pooled = c.tost(-1, 1, VarianceAssumption.POOLED, 0.05);
        assertThat(pooled.tLower()).isCloseTo(0.25, within(TOL));
        assertThat(pooled.tUpper()).isCloseTo(-1.25, within(TOL));
        assertThat(pooled.pLower()).isCloseTo(0.4074510057295907, within(TOL));
        assertThat(pooled.pUpper()).isCloseTo(0.13971982168323158, within(TOL));
        assertThat(pooled.pValue()).isCloseTo(0.4074510057295907, within(TOL));
        assertThat(pooled.degreesOfFreedom()).isEqualTo(4.0);
        assertThat(pooled.equivalent()).isFalse();
        // usevar='unequal': p 0.40968582357918376, df 2.8764044943820224, p2 0.15167095606860947
        Tost welch = c.tost(-1, 1, VarianceAssumption.WELCH, 0.05);
        assertThat(welch.pValue()).isCloseTo(0.40968582357918376, within(TOL));
        assertThat(welch.pUpper()).isCloseTo(0.15167095606860947, within(TOL));
        assertThat(welch.degreesOfFreedom()).isCloseTo(2.8764044943820224, within(TOL));
        assertThat(welch.difference()).isCloseTo(-0.6666666667, within(TOL));
    }

    @Test
    void t_tests_match_scipy() {
        TwoSampleComparison c = new TwoSampleComparison(A, B);
        // scipy ttest_ind: Welch t -0.5, p 0.6528091089593837; pooled p 0.6433299631818631
        assertThat(c.tTest(VarianceAssumption.WELCH).statistic()).isCloseTo(-0.5, within(TOL));
        assertThat(c.tTest(VarianceAssumption.WELCH).pValue()).isCloseTo(0.6528091089593837, within(TOL));
        assertThat(c.tTest(VarianceAssumption.POOLED).pValue()).isCloseTo(0.6433299631818631, within(TOL));
    }

    @Test
    void two_suppliers_match_statsmodels_and_scipy() {
        TwoSampleComparison c = new TwoSampleComparison(SECONDARY, PRIMARY);
        // statsmodels ttost_ind(S, P, -0.02, 0.02, usevar='unequal'): p 0.00159495474433966,
        // t1 3.239089723373772, t2 -3.1908650624805484, df 31.726721398921974
        Tost welch = c.tost(-0.02, 0.02, VarianceAssumption.WELCH, 0.05);
        assertThat(welch.pValue()).isCloseTo(0.00159495474433966, within(TOL));
        assertThat(welch.tLower()).isCloseTo(3.239089723373772, within(1e-8));
        assertThat(welch.tUpper()).isCloseTo(-3.1908650624805484, within(1e-8));
        assertThat(welch.degreesOfFreedom()).isCloseTo(31.726721398921974, within(1e-8));
        assertThat(welch.equivalent()).isTrue();
        // usevar='pooled': p 0.0017495773062509326
        assertThat(c.tost(-0.02, 0.02, VarianceAssumption.POOLED, 0.05).pValue())
                .isCloseTo(0.0017495773062509326, within(TOL));
        // scipy ttest_ind(S, P, equal_var=False): t 0.024112330446611957, p 0.9809140291740669
        assertThat(c.tTest(VarianceAssumption.WELCH).statistic()).isCloseTo(0.024112330446611957, within(1e-8));
        assertThat(c.tTest(VarianceAssumption.WELCH).pValue()).isCloseTo(0.9809140291740669, within(TOL));
        // F = var(S)/var(P) 0.8231572448404665, two-sided p 0.7209179106724607 (scipy.stats.f)
        assertThat(c.fTest().statistic()).isCloseTo(0.8231572448404665, within(1e-8));
        assertThat(c.fTest().pValue()).isCloseTo(0.7209179106724607, within(1e-8));
        // scipy levene(S, P, center='median'): W 0.2370098472116876, p 0.6295921745379568
        assertThat(c.brownForsythe().statistic()).isCloseTo(0.2370098472116876, within(1e-8));
        assertThat(c.brownForsythe().pValue()).isCloseTo(0.6295921745379568, within(1e-8));
    }

    @Test
    void the_confidence_interval_lies_within_the_margins_exactly_when_tost_says_equivalent() {
        TwoSampleComparison c = new TwoSampleComparison(SECONDARY, PRIMARY);
        for (double margin = 0.002; margin < 0.04; margin += 0.001) {
            Tost tost = c.tost(-margin, margin, VarianceAssumption.WELCH, 0.05);
            boolean inside = tost.ciLower() > -margin && tost.ciUpper() < margin;
            assertThat(tost.equivalent()).as("margin %s", margin).isEqualTo(inside);
        }
    }

    @Test
    void bad_input_is_refused() {
        assertThatThrownBy(() -> new TwoSampleComparison(new double[] {1}, B)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> new TwoSampleComparison(new double[] {1, 1}, new double[] {2, 2}))
                .hasMessageContaining("no spread");
        assertThatThrownBy(() -> new TwoSampleComparison(A, B).tost(1, -1, VarianceAssumption.WELCH, 0.05))
                .hasMessageContaining("lower < upper");
    }
}
