package be.veerkracht.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IndependentFailuresTest {

    @Test
    void every_combination_with_its_product_probability() {
        ScenarioSet set = IndependentFailures.enumerate(0.1, 0.2);
        assertThat(set.size()).isEqualTo(4);
        assertThat(set.sampleSize()).isEqualTo(4);
        // order: bit i = source i down; 0.9·0.8, 0.1·0.8, 0.9·0.2, 0.1·0.2
        assertThat(set.probability()).containsExactly(new double[] {0.72, 0.08, 0.18, 0.02}, within(1e-12));
        assertThat(set.outFraction()[3]).containsExactly(1, 1);
    }

    @Test
    void certain_outcomes_drop_impossible_combinations_and_bad_probabilities_are_refused() {
        assertThat(IndependentFailures.enumerate(0, 1).size()).isEqualTo(1);
        assertThatThrownBy(() -> IndependentFailures.enumerate(1.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void merging_keeps_the_distribution() {
        ScenarioSet sampled = ScenarioSet.sampled(new double[][] {{0, 0}, {0.5, 0}, {0, 0}, {0, 0}});
        assertThat(sampled.size()).isEqualTo(2);
        assertThat(sampled.probability()).containsExactly(new double[] {0.75, 0.25}, within(1e-12));
        assertThat(sampled.sampleSize()).isEqualTo(4);
    }
}
