package be.veerkracht.simulation.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hand-computed VaR and CVaR (Rockafellar and Uryasev 2002, discrete form). */
class RiskMeasuresTest {

    @Test
    void losses_1_to_100_have_var95_of_95_and_cvar95_the_mean_of_the_worst_five() {
        double[] losses = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray(); // unsorted on purpose
        RiskMeasures risk = new RiskMeasures(losses);
        assertThat(risk.valueAtRisk(0.95)).isEqualTo(95.0);
        // (96 + 97 + 98 + 99 + 100) / 5 = 98
        assertThat(risk.conditionalValueAtRisk(0.95)).isCloseTo(98.0, within(1e-12));
        assertThat(risk.valueAtRisk(0.99)).isEqualTo(99.0);
        assertThat(risk.conditionalValueAtRisk(0.99)).isCloseTo(100.0, within(1e-12));
        assertThat(losses[0]).isEqualTo(100.0); // the input is not sorted in place
    }

    @Test
    void a_tail_that_splits_a_scenario_counts_it_by_its_fraction() {
        // Losses 0, 3, 6 at alpha 0.5: VaR = 3 (the ceil(1.5) = 2nd smallest); the worst 1.5 scenarios are 6 and half
        // of 3: (6 + 1.5) / 1.5 = 5, and VaR + (6 − 3) / (0.5 × 3) = 5.
        RiskMeasures risk = new RiskMeasures(new double[] {6, 0, 3});
        assertThat(risk.valueAtRisk(0.5)).isEqualTo(3.0);
        assertThat(risk.conditionalValueAtRisk(0.5)).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void with_fewer_scenarios_than_the_tail_needs_both_are_the_worst_loss() {
        RiskMeasures risk = new RiskMeasures(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThat(risk.valueAtRisk(0.95)).isEqualTo(9.0);
        assertThat(risk.conditionalValueAtRisk(0.95)).isEqualTo(9.0);
        assertThatThrownBy(() -> risk.valueAtRisk(1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
