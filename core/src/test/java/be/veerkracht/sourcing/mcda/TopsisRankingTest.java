package be.veerkracht.sourcing.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopsisRankingTest extends RankingMethodContractTest {

    @Override
    RankingMethod createMethod() {
        return new TopsisRanking();
    }

    @Test
    void reproduces_the_jmcdm_topsis_test_to_four_decimals() {
        // JMcDM (jbytecode/JMcDM) test/mcdm/testtopsis.jl: three alternatives, four benefit criteria, weights
        // 4, 2, 6, 8: closeness 0.3876870, 0.6503238, 0.0834767, best the second. Also computed with
        // python3/numpy 2.4.6 (vector normalisation): 0.3876869549, 0.6503238219, 0.0834767003.
        List<Criterion> criteria = List.of(Criterion.of("c1", CriterionType.BENEFIT),
                Criterion.of("c2", CriterionType.BENEFIT), Criterion.of("c3", CriterionType.BENEFIT),
                Criterion.of("c4", CriterionType.BENEFIT));
        DecisionMatrix matrix = DecisionMatrix.of(List.of("A1", "A2", "A3"), criteria,
                new double[][] {{9, 7, 6, 7}, {8, 7, 9, 6}, {7, 8, 6, 6}});
        Ranking ranking = new TopsisRanking().rank(matrix, Weights.of(4, 2, 6, 8));
        assertThat(ranking.scores().get(0)).isCloseTo(0.3876870, offset(1e-6));
        assertThat(ranking.scores().get(1)).isCloseTo(0.6503238, offset(1e-6));
        assertThat(ranking.scores().get(2)).isCloseTo(0.0834767, offset(1e-6));
        assertThat(ranking.top()).isEqualTo(1);
        assertThat(ranking.explanation().normalisation()).isEqualTo("vector");
    }

    @Test
    void reproduces_the_mcdm_package_example_with_cost_criteria() {
        // ktafakkori/Multi-Criteria-Optimization-in-Python, Topsis_mcdm.py (pip package mcdm, vector
        // normalisation, equal weights, criteria cost, benefit, cost): a2 0.6790225178, a3 0.4090188985,
        // a1 0.3238488380; the same with python3/numpy 2.4.6.
        List<Criterion> criteria = List.of(Criterion.of("c1", CriterionType.COST),
                Criterion.of("c2", CriterionType.BENEFIT), Criterion.of("c3", CriterionType.COST));
        DecisionMatrix matrix = DecisionMatrix.of(List.of("a1", "a2", "a3"), criteria,
                new double[][] {{80, 90, 600}, {65, 58, 200}, {83, 60, 400}});
        Ranking ranking = new TopsisRanking().rank(matrix, Weights.equal(3));
        assertThat(ranking.scores().get(0)).isCloseTo(0.3238488380, offset(1e-9));
        assertThat(ranking.scores().get(1)).isCloseTo(0.6790225178, offset(1e-9));
        assertThat(ranking.scores().get(2)).isCloseTo(0.4090188985, offset(1e-9));
        assertThat(ranking.namesBestFirst()).containsExactly("a2", "a3", "a1");
    }

    @Test
    void all_alternatives_equal_gives_the_stated_undefined_closeness() {
        DecisionMatrix matrix = DecisionMatrix.of(List.of("x", "y"), List.of(Criterion.of("c", CriterionType.COST)),
                new double[][] {{2}, {2}});
        assertThat(new TopsisRanking().rank(matrix, Weights.equal(1)).scores()).containsExactly(0.5, 0.5);
    }

    static class MinMax extends RankingMethodContractTest {
        @Override
        RankingMethod createMethod() {
            return new TopsisRanking(Normalisation.MIN_MAX);
        }
    }
}
