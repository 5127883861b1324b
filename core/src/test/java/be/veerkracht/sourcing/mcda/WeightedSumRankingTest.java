package be.veerkracht.sourcing.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedSumRankingTest extends RankingMethodContractTest {

    @Override
    RankingMethod createMethod() {
        return new WeightedSumRanking();
    }

    private static List<Criterion> criteria(CriterionType... types) {
        List<Criterion> list = new java.util.ArrayList<>();
        for (int j = 0; j < types.length; j++) {
            list.add(Criterion.of("c" + (j + 1), types[j]));
        }
        return list;
    }

    @Test
    void linear_max_reproduces_the_jmcdm_saw_example_1() {
        // JMcDM (jbytecode/JMcDM) test/mcdm/testsaw.jl, "Example 1: 4 criteria x 4 alternatives": SAW with x/max
        // for benefit and min/x for cost, equal weights: 0.681277, 0.725151, 0.709871, 0.784976.
        DecisionMatrix matrix = DecisionMatrix.of(List.of("A1", "A2", "A3", "A4"),
                criteria(CriterionType.BENEFIT, CriterionType.BENEFIT, CriterionType.COST, CriterionType.BENEFIT),
                new double[][] {{25, 65, 7, 20}, {21, 78, 6, 24}, {19, 53, 5, 33}, {22, 25, 2, 31}});
        Ranking ranking = new WeightedSumRanking(Normalisation.LINEAR_MAX).rank(matrix, Weights.equal(4));
        assertThat(ranking.scores().get(0)).isCloseTo(0.681277, offset(1e-6));
        assertThat(ranking.scores().get(1)).isCloseTo(0.725151, offset(1e-6));
        assertThat(ranking.scores().get(2)).isCloseTo(0.709871, offset(1e-6));
        assertThat(ranking.scores().get(3)).isCloseTo(0.784976, offset(1e-6));
        assertThat(ranking.explanation().normalisation()).isEqualTo("linear_max");
    }

    @Test
    void linear_max_reproduces_the_jmcdm_saw_example_2_and_its_ranking() {
        // JMcDM test/mcdm/testsaw.jl, "Example 2: 7 criteria x 5 alternatives": scores 0.553228, 0.713485,
        // 0.837428, 0.514657, 0.579342, best alternative 3, ranking [3, 2, 5, 1, 4].
        DecisionMatrix matrix = DecisionMatrix.of(List.of("A1", "A2", "A3", "A4", "A5"),
                criteria(CriterionType.BENEFIT, CriterionType.BENEFIT, CriterionType.BENEFIT, CriterionType.BENEFIT,
                        CriterionType.BENEFIT, CriterionType.BENEFIT, CriterionType.BENEFIT),
                new double[][] {{4, 7, 3, 2, 2, 2, 2}, {4, 4, 6, 4, 4, 3, 7}, {7, 6, 4, 2, 5, 5, 3},
                    {3, 2, 5, 3, 3, 2, 5}, {4, 2, 2, 5, 5, 3, 6}});
        Ranking ranking = new WeightedSumRanking(Normalisation.LINEAR_MAX).rank(matrix,
                Weights.of(0.283, 0.162, 0.162, 0.07, 0.085, 0.162, 0.076));
        double[] expected = {0.553228, 0.713485, 0.837428, 0.514657, 0.579342};
        for (int i = 0; i < 5; i++) {
            assertThat(ranking.scores().get(i)).isCloseTo(expected[i], offset(1e-4));
        }
        assertThat(ranking.namesBestFirst()).containsExactly("A3", "A2", "A5", "A1", "A4");
    }

    @Test
    void min_max_on_the_same_example_1() {
        // One-off computation with python3/numpy 2.4.6: min-max normalisation, cost turned (max-x)/(max-min),
        // equal weights: 0.4386792453, 0.4602564103, 0.4820754717, 0.5865384615.
        DecisionMatrix matrix = DecisionMatrix.of(List.of("A1", "A2", "A3", "A4"),
                criteria(CriterionType.BENEFIT, CriterionType.BENEFIT, CriterionType.COST, CriterionType.BENEFIT),
                new double[][] {{25, 65, 7, 20}, {21, 78, 6, 24}, {19, 53, 5, 33}, {22, 25, 2, 31}});
        Ranking ranking = new WeightedSumRanking().rank(matrix, Weights.equal(4));
        double[] expected = {0.4386792453, 0.4602564103, 0.4820754717, 0.5865384615};
        for (int i = 0; i < 4; i++) {
            assertThat(ranking.scores().get(i)).isCloseTo(expected[i], offset(1e-9));
        }
        assertThat(ranking.explanation().normalisation()).isEqualTo("min_max");
    }

    static class LinearMax extends RankingMethodContractTest {
        @Override
        RankingMethod createMethod() {
            return new WeightedSumRanking(Normalisation.LINEAR_MAX);
        }
    }
}
