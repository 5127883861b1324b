package be.veerkracht.sourcing.mcda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankReversalAnalysisTest {

    private static final DecisionMatrix MATRIX = RankingMethodContractTest.MATRIX;
    private static final Weights WEIGHTS = RankingMethodContractTest.WEIGHTS;

    @Test
    void removing_the_worst_alternative_reverses_two_others_under_min_max_weighted_sum() {
        // One-off python3/numpy 2.4.6 computation: full set D 0.6960 > B 0.6 > A 0.55 > C 0.3920; without C
        // (which held the stability minimum 6) B 0.6 > D 0.5460: D and B swap. Removing
        // A, B or D reverses nothing.
        List<RankReversal> removals = new RankReversalAnalysis(new WeightedSumRanking(), WEIGHTS).onRemoval(MATRIX);
        assertThat(removals).extracting(RankReversal::alternative).containsExactly("A", "B", "C", "D");
        assertThat(removals.get(0).reversed()).isFalse();
        assertThat(removals.get(1).reversed()).isFalse();
        assertThat(removals.get(2).swaps()).containsExactly(new RankReversal.Swap("D", "B"));
        assertThat(removals.get(3).reversed()).isFalse();
    }

    @Test
    void topsis_reverses_on_removing_another_alternative() {
        // python3/numpy 2.4.6: TOPSIS without A gives B 0.7610 > D 0.5415 (D was above B, 0.8667 > 0.7598)
        List<RankReversal> removals = new RankReversalAnalysis(new TopsisRanking(), WEIGHTS).onRemoval(MATRIX);
        assertThat(removals.get(0).swaps()).containsExactly(new RankReversal.Swap("D", "B"));
        assertThat(removals.subList(1, 4)).noneMatch(RankReversal::reversed);
    }

    @Test
    void adding_an_alternative_reports_the_pairs_it_swaps() {
        // the reverse of the first case: without C, B is above D; adding C back puts D above B
        DecisionMatrix withoutC = MATRIX.without(2);
        RankReversal added = new RankReversalAnalysis(new WeightedSumRanking(), WEIGHTS)
                .onAddition(withoutC, "C", List.of(5.0, 6.0, 35.0));
        assertThat(added.change()).isEqualTo("added");
        assertThat(added.swaps()).containsExactly(new RankReversal.Swap("B", "D"));
    }
}
