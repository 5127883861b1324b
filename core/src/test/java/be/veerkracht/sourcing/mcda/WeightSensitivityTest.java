package be.veerkracht.sourcing.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightSensitivityTest {

    // The matrix of the ranking contract test: days (cost), stability (benefit), wage (cost); weights 0.3, 0.3, 0.4.
    private static final DecisionMatrix MATRIX = RankingMethodContractTest.MATRIX;
    private static final Weights WEIGHTS = RankingMethodContractTest.WEIGHTS;

    @Test
    void weighted_sum_breakpoints_are_exact() {
        // One-off python3/numpy 2.4.6 computation: scores 0.55, 0.6, 0.3920, 0.6960 (D on top); the breakpoints
        // solved from the linear score differences, and confirmed on a grid of 10^6 + 1 weights:
        // days [0.16983894582723288, 0.7073170731707316] (A below, B above), stability [0, 0.4127290260366442]
        // (B above), wage [0.29909365558912393, 0.5827338129496402] (B below, A above).
        List<WeightInterval> intervals = new WeightSensitivity(new WeightedSumRanking()).intervals(MATRIX, WEIGHTS);
        assertThat(intervals).extracting(WeightInterval::top).containsOnly("D");
        assertInterval(intervals.get(0), 0.16983894582723288, 0.7073170731707316, "A", "B", 1e-12);
        assertInterval(intervals.get(1), 0.0, 0.4127290260366442, null, "B", 1e-12);
        assertInterval(intervals.get(2), 0.29909365558912393, 0.5827338129496402, "B", "A", 1e-12);
        assertThat(intervals).allMatch(WeightInterval::exact);
    }

    @Test
    void topsis_breakpoints_are_bisected_to_the_grid_of_an_independent_scan() {
        // One-off python3/numpy 2.4.6 scan of TOPSIS (vector normalisation) on a grid of step 1e-6: D on top for
        // days in [0.058449, 0.624878] (A below, B above), stability [0, 0.590262] (B above), wage [0.197101,
        // 0.828771] (B below, A above). The grid brackets each breakpoint to 1e-6.
        List<WeightInterval> intervals = new WeightSensitivity(new TopsisRanking()).intervals(MATRIX, WEIGHTS);
        assertInterval(intervals.get(0), 0.058449, 0.624878, "A", "B", 1.1e-6);
        assertInterval(intervals.get(1), 0.0, 0.590262, null, "B", 1.1e-6);
        assertInterval(intervals.get(2), 0.197101, 0.828771, "B", "A", 1.1e-6);
        assertThat(intervals).noneMatch(WeightInterval::exact);
    }

    @Test
    void the_other_weights_keep_their_proportions() {
        Weights moved = WeightSensitivity.moved(WEIGHTS, 2, 0.7);
        assertThat(moved.get(2)).isCloseTo(0.7, offset(1e-15));
        assertThat(moved.get(0)).isCloseTo(0.15, offset(1e-15));
        assertThat(moved.get(1)).isCloseTo(0.15, offset(1e-15));
    }

    private static void assertInterval(WeightInterval interval, double lower, double upper, String below,
                                       String above, double tolerance) {
        assertThat(interval.lower()).as(interval.criterion() + " lower").isCloseTo(lower, offset(tolerance));
        assertThat(interval.upper()).as(interval.criterion() + " upper").isCloseTo(upper, offset(tolerance));
        assertThat(interval.takesOverBelow()).as(interval.criterion() + " below").isEqualTo(below);
        assertThat(interval.takesOverAbove()).as(interval.criterion() + " above").isEqualTo(above);
    }
}
