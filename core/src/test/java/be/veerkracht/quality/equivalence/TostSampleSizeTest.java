package be.veerkracht.quality.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TostSampleSizeTest {

    @Test
    void the_planned_sample_size_reaches_the_planned_power_by_the_same_approximation() {
        for (double epsilon : new double[] {0, 0.2, 0.5}) {
            int n = TostSampleSize.required(1, 1, epsilon, 0.05, 0.8, 2);
            double power = TostSampleSize.power(Math.sqrt(2.0 / n), 1, epsilon, 0.05);
            assertThat(power).as("ε = %s", epsilon).isGreaterThanOrEqualTo(0.8);
            double fewer = TostSampleSize.power(Math.sqrt(2.0 / (n - 1)), 1, epsilon, 0.05);
            // exact at ε = 0; conservative (z of β/2) otherwise, so one fewer may still reach it when ε > 0
            if (epsilon == 0) {
                assertThat(fewer).isLessThan(0.8);
            }
        }
    }

    @Test
    void chow_shao_wang_with_no_difference() {
        // (z.95 + z.90)²·2·σ²/δ² with σ = δ: 2 × 2.926405² = 17.13 → 18 per group (SciPy: norm.ppf)
        assertThat(TostSampleSize.required(1, 1, 0, 0.05, 0.8, 2)).isEqualTo(18);
        assertThat(TostSampleSize.required(1, 1, 1, 0.05, 0.8, 2)).isEqualTo(Integer.MAX_VALUE);
    }
}
