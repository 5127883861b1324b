package be.veerkracht.sourcing.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightMonteCarloTest {

    @Test
    void matches_the_analytic_probability_under_flat_dirichlet_weights() {
        // A is best on c1 only, B on c2 and c3 (two alternatives, min-max: 1 or 0). A ranks first iff
        // w1 >= w2 + w3, i.e. w1 >= 1/2; under Dirichlet(1,1,1) w1 ~ Beta(1, 2), so P = (1 - 1/2)^2 = 0.25.
        // 100,000 draws: standard error sqrt(0.25 * 0.75 / 1e5) = 0.00137; we allow 4 of them.
        List<Criterion> criteria = List.of(Criterion.of("c1", CriterionType.BENEFIT),
                Criterion.of("c2", CriterionType.BENEFIT), Criterion.of("c3", CriterionType.BENEFIT));
        DecisionMatrix matrix = DecisionMatrix.of(List.of("A", "B"), criteria, new double[][] {{1, 0, 0}, {0, 1, 1}});
        FirstPlaceProbabilities result = new WeightMonteCarlo(new WeightedSumRanking(), 100_000, 11).run(matrix);
        assertThat(result.probabilities().get(0)).isCloseTo(0.25, offset(4 * 0.00137));
        assertThat(result.probabilities().get(0) + result.probabilities().get(1)).isCloseTo(1.0, offset(1e-12));
        assertThat(result.standardErrors().get(0)).isCloseTo(0.00137, offset(0.00005));
    }

    @Test
    void the_same_seed_gives_the_same_probabilities_and_a_dominated_alternative_never_wins() {
        DecisionMatrix matrix = RankingMethodContractTest.MATRIX.with("Z", List.of(40.0, 5.0, 50.0));
        FirstPlaceProbabilities a = new WeightMonteCarlo(new TopsisRanking(), 2_000, 7).run(matrix);
        FirstPlaceProbabilities b = new WeightMonteCarlo(new TopsisRanking(), 2_000, 7).run(matrix);
        assertThat(a).isEqualTo(b);
        assertThat(a.probabilities().get(4)).isZero(); // Z is worse than A on every criterion
        assertThat(a.probabilities().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, offset(1e-12));
    }
}
