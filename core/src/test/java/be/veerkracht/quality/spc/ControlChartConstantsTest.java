package be.veerkracht.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class ControlChartConstantsTest {

    /**
     * d2(n) = E[R/σ] and d3(n) = SD[R/σ] for n = 2..25, computed on this machine by numerical integration with
     * Python 3 + SciPy 1.17 (integrate.quad / dblquad over the normal order-statistics formulas), independent of
     * the textbook table.
     */
    private static final double[] EXACT_D2 = {1.12838, 1.69257, 2.05875, 2.32593, 2.53441, 2.70436, 2.8472, 2.97003,
        3.07751, 3.17287, 3.25846, 3.33598, 3.40676, 3.47183, 3.53198, 3.58788, 3.64006, 3.68896, 3.73495, 3.77834,
        3.81938, 3.85832, 3.89535, 3.93063};
    private static final double[] EXACT_D3 = {0.8525, 0.88837, 0.87981, 0.86408, 0.84804, 0.83321, 0.81983, 0.80783,
        0.79705, 0.78731, 0.77848, 0.77042, 0.76302, 0.75621, 0.74991, 0.74405, 0.73859, 0.73348, 0.72869, 0.72417,
        0.71991, 0.71589, 0.71207, 0.70844};
    /** Montgomery's table is rounded to 3 decimals (c4 to 4); D3, D4 of n = 18, 24 differ by 7e-4 in the book. */
    private static final double TABLE_ROUNDING = 1e-3;

    @Test
    void every_tabled_factor_agrees_with_its_exact_formula_within_the_table_s_rounding() {
        for (int n = 2; n <= 25; n++) {
            ControlChartConstants k = ControlChartConstants.forSubgroupSize(n);
            double d2 = EXACT_D2[n - 2];
            double d3 = EXACT_D3[n - 2];
            // c4 = sqrt(2/(n-1)) Γ(n/2)/Γ((n-1)/2), exact (Montgomery, section 6.3.1)
            double c4 = Math.sqrt(2.0 / (n - 1)) * Math.exp(Gamma.logGamma(n / 2.0) - Gamma.logGamma((n - 1) / 2.0));
            double root = Math.sqrt(1 - c4 * c4) / c4;
            assertThat(k.n()).isEqualTo(n);
            assertThat(k.c4()).as("c4(%d)", n).isCloseTo(c4, within(6e-5));
            assertThat(k.d2()).as("d2(%d)", n).isCloseTo(d2, within(6e-4));
            assertThat(k.d3()).as("d3(%d)", n).isCloseTo(d3, within(6e-4));
            assertThat(k.a2()).as("A2(%d)", n).isCloseTo(3 / (d2 * Math.sqrt(n)), within(TABLE_ROUNDING));
            assertThat(k.a3()).as("A3(%d)", n).isCloseTo(3 / (c4 * Math.sqrt(n)), within(TABLE_ROUNDING));
            assertThat(k.b3()).as("B3(%d)", n).isCloseTo(Math.max(0, 1 - 3 * root), within(TABLE_ROUNDING));
            assertThat(k.b4()).as("B4(%d)", n).isCloseTo(1 + 3 * root, within(TABLE_ROUNDING));
            assertThat(k.d3Factor()).as("D3(%d)", n).isCloseTo(Math.max(0, 1 - 3 * d3 / d2), within(TABLE_ROUNDING));
            assertThat(k.d4Factor()).as("D4(%d)", n).isCloseTo(1 + 3 * d3 / d2, within(TABLE_ROUNDING));
        }
    }

    @Test
    void the_textbook_s_factors_for_subgroups_of_five() {
        // Montgomery, ISQC 6th ed., Appendix VI, row n = 5
        ControlChartConstants five = ControlChartConstants.forSubgroupSize(5);
        assertThat(five.a2()).isEqualTo(0.577);
        assertThat(five.d2()).isEqualTo(2.326);
        assertThat(five.d4Factor()).isEqualTo(2.114);
        assertThat(five.d3Factor()).isZero();
        assertThat(five.c4()).isEqualTo(0.9400);
        assertThat(five.a3()).isEqualTo(1.427);
        assertThat(five.b4()).isEqualTo(2.089);
    }

    @Test
    void sizes_outside_the_table_are_refused() {
        assertThatThrownBy(() -> ControlChartConstants.forSubgroupSize(1)).hasMessageContaining("[2, 25]");
        assertThatThrownBy(() -> ControlChartConstants.forSubgroupSize(26)).hasMessageContaining("got 26");
    }
}
