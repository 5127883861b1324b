package be.veerkracht.sourcing.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrometheeTwoRankingTest extends RankingMethodContractTest {

    @Override
    RankingMethod createMethod() {
        return new PrometheeTwoRanking();
    }

    private static final double[][] EIGHT = {{42, 35, 43, 51}, {89, 72, 92, 85}, {14, 85, 17, 40},
        {57, 60, 45, 80}, {48, 32, 43, 40}, {71, 45, 60, 85}, {69, 40, 72, 55}, {64, 35, 70, 60}};
    private static final List<PreferenceFunction> FUNCTIONS = List.of(PreferenceFunction.linear(49, 100),
            PreferenceFunction.vShape(98), PreferenceFunction.linear(45, 95), PreferenceFunction.linear(30, 80));

    private static List<Criterion> criteria(CriterionType type) {
        return List.of(Criterion.of("c1", type), Criterion.of("c2", type), Criterion.of("c3", type),
                Criterion.of("c4", type));
    }

    @Test
    void reproduces_the_jmcdm_promethee_example() {
        // JMcDM test/mcdm/testpromethee.jl: linear (q 49, p 100), v-shape (p 98), linear (45, 95), linear (30, 80),
        // weights 0.25, 0.35, 0.22, 0.18; published net flows (2 decimals) 0.07, -0.15, -0.06, -0.05, 0.10, 0.0,
        // 0.03, 0.06, best the fifth. JMcDM's flows are those of minimising the values (its sign convention), so the
        // criteria are costs here. Four decimals from a one-off python3/numpy 2.4.6 computation of the Brans-Vincke
        // flows: 0.0698938776, -0.1485909564, -0.0613619848, -0.0478040816, 0.0985959184, -0.0006389756,
        // 0.0323697479, 0.0575364546.
        DecisionMatrix matrix = DecisionMatrix.of(List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"),
                criteria(CriterionType.COST), EIGHT);
        Ranking ranking = new PrometheeTwoRanking(FUNCTIONS).rank(matrix, Weights.of(0.25, 0.35, 0.22, 0.18));
        double[] published = {0.07, -0.15, -0.06, -0.05, 0.10, 0.0, 0.03, 0.06};
        double[] numpy = {0.0698938776, -0.1485909564, -0.0613619848, -0.0478040816, 0.0985959184, -0.0006389756,
            0.0323697479, 0.0575364546};
        for (int i = 0; i < 8; i++) {
            assertThat(ranking.scores().get(i)).isCloseTo(published[i], offset(0.005));
            assertThat(ranking.scores().get(i)).isCloseTo(numpy[i], offset(1e-9));
        }
        assertThat(ranking.top()).isEqualTo(4);
    }

    @Test
    void maximising_the_same_values_negates_every_flow() {
        // Brans-Vincke: turning every criterion swaps leaving and entering flows.
        Weights weights = Weights.of(0.25, 0.35, 0.22, 0.18);
        Ranking cost = new PrometheeTwoRanking(FUNCTIONS).rank(DecisionMatrix.of(List.of("A1", "A2", "A3", "A4",
                "A5", "A6", "A7", "A8"), criteria(CriterionType.COST), EIGHT), weights);
        Ranking benefit = new PrometheeTwoRanking(FUNCTIONS).rank(DecisionMatrix.of(List.of("A1", "A2", "A3", "A4",
                "A5", "A6", "A7", "A8"), criteria(CriterionType.BENEFIT), EIGHT), weights);
        for (int i = 0; i < 8; i++) {
            assertThat(benefit.scores().get(i)).isCloseTo(-cost.scores().get(i), offset(1e-12));
        }
    }

    @Test
    void reproduces_a_published_usual_criterion_test_with_its_flows() {
        // antoinedejonckheere/promethee, run_tests.py: table [[4, 2], [1, 5], [3, 4]], weights 0.4, 0.6, usual
        // criterion, both maximised: phi+ 0.4, 0.6, 0.5; phi- 0.6, 0.4, 0.5; net phi -0.2, 0.2, 0.
        DecisionMatrix matrix = DecisionMatrix.of(List.of("a1", "a2", "a3"), List.of(
                Criterion.of("c1", CriterionType.BENEFIT), Criterion.of("c2", CriterionType.BENEFIT)),
                new double[][] {{4, 2}, {1, 5}, {3, 4}});
        Ranking ranking = new PrometheeTwoRanking().rank(matrix, Weights.of(0.4, 0.6));
        assertThat(ranking.scores().get(0)).isCloseTo(-0.2, offset(1e-12));
        assertThat(ranking.scores().get(1)).isCloseTo(0.2, offset(1e-12));
        assertThat(ranking.scores().get(2)).isCloseTo(0.0, offset(1e-12));
        assertThat(ranking.namesBestFirst()).containsExactly("a2", "a3", "a1");
    }

    @Test
    void reproduces_the_easymcdm_example_up_to_its_flow_scaling() {
        // William43864/Multi-Criteria-Optimization-in-Python, Promethee_I_easymcdm.py (EasyMCDM): A1 (80, 90, 600),
        // A2 (65, 58, 200), A3 (83, 60, 400), equal weights, min/max/min, usual: phi A2 0.6667, A1 0.0,
        // A3 -0.6667. EasyMCDM sums pi over the other alternatives without the 1/(m - 1) of Brans and Vincke; with
        // m - 1 = 2 the net flows are 1/3, 0, -1/3.
        DecisionMatrix matrix = DecisionMatrix.of(List.of("A1", "A2", "A3"), List.of(
                Criterion.of("c1", CriterionType.COST), Criterion.of("c2", CriterionType.BENEFIT),
                Criterion.of("c3", CriterionType.COST)), new double[][] {{80, 90, 600}, {65, 58, 200}, {83, 60, 400}});
        Ranking ranking = new PrometheeTwoRanking().rank(matrix, Weights.equal(3));
        assertThat(ranking.scores().get(0) * 2).isCloseTo(0.0, offset(1e-12));
        assertThat(ranking.scores().get(1) * 2).isCloseTo(0.6666666666666666, offset(1e-12));
        assertThat(ranking.scores().get(2) * 2).isCloseTo(-0.6666666666666666, offset(1e-12));
    }

    @Test
    void preference_functions_follow_their_definitions() {
        // Brans & Vincke (1985), types I, III, V
        assertThat(PreferenceFunction.usual().of(0.0)).isZero();
        assertThat(PreferenceFunction.usual().of(0.1)).isEqualTo(1.0);
        assertThat(PreferenceFunction.vShape(4).of(1)).isEqualTo(0.25);
        assertThat(PreferenceFunction.vShape(4).of(5)).isEqualTo(1.0);
        assertThat(PreferenceFunction.linear(1, 5).of(1)).isZero();
        assertThat(PreferenceFunction.linear(1, 5).of(2)).isEqualTo(0.25);
        assertThat(PreferenceFunction.linear(1, 5).of(6)).isEqualTo(1.0);
        assertThatThrownBy(() -> PreferenceFunction.linear(5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** With thresholds in the criterion's unit, scaling a criterion changes the preferences: no scale invariance. */
    static class WithThresholds extends RankingMethodContractTest {
        @Override
        RankingMethod createMethod() {
            return new PrometheeTwoRanking(List.of(PreferenceFunction.linear(1, 10), PreferenceFunction.vShape(2),
                    PreferenceFunction.usual()));
        }

        @Override
        boolean scaleInvariant() {
            return false;
        }
    }
}
