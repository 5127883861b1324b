package be.veerkracht.simulation.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LossHistogramTest {

    @Test
    void losses_fall_into_equal_bins_from_zero_to_the_maximum() {
        // max 100, 4 bins of 25: [0,25) 0 10 24.9; [25,50) 25; [50,75) none; [75,100] 99 100
        LossHistogram histogram = LossHistogram.of(new double[] {0, 10, 24.9, 25, 99, 100}, 4);
        assertThat(histogram.binWidthEur()).isEqualTo(25.0);
        assertThat(histogram.counts()).containsExactly(3, 1, 0, 2);
    }

    @Test
    void no_loss_at_all_is_one_full_first_bin() {
        LossHistogram histogram = LossHistogram.of(new double[] {0, 0, 0}, 5);
        assertThat(histogram.binWidthEur()).isZero();
        assertThat(histogram.counts()).containsExactly(3, 0, 0, 0, 0);
    }
}
