package be.veerkracht.sourcing.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invariants every {@link RankingMethod} keeps (house rule 7); one subclass per implementation supplies the method.
 */
abstract class RankingMethodContractTest {

    /** The method under test. */
    abstract RankingMethod createMethod();

    /** Whether the method's scores are unchanged when a criterion is multiplied by a positive constant. */
    boolean scaleInvariant() {
        return true;
    }

    static final List<Criterion> CRITERIA = List.of(Criterion.of("days", CriterionType.COST),
            Criterion.of("stability", CriterionType.BENEFIT), Criterion.of("wage", CriterionType.COST));
    static final DecisionMatrix MATRIX = DecisionMatrix.of(List.of("A", "B", "C", "D"), CRITERIA,
            new double[][] {{30, 7, 25}, {1, 8, 40}, {5, 6, 35}, {3, 7, 30}});
    static final Weights WEIGHTS = Weights.of(0.3, 0.3, 0.4);

    @Test
    void one_score_per_alternative_in_input_order_and_a_permutation_as_order() {
        Ranking ranking = createMethod().rank(MATRIX, WEIGHTS);
        assertThat(ranking.alternatives()).containsExactly("A", "B", "C", "D");
        assertThat(ranking.scores()).hasSize(4).allMatch(Double::isFinite);
        assertThat(ranking.order()).containsExactlyInAnyOrder(0, 1, 2, 3);
        for (int k = 1; k < 4; k++) {
            assertThat(ranking.scores().get(ranking.order().get(k - 1)))
                    .isGreaterThanOrEqualTo(ranking.scores().get(ranking.order().get(k)));
        }
        assertThat(ranking.explanation().method()).isEqualTo(createMethod().code());
        assertThat(ranking.explanation().weights()).containsExactly(0.3, 0.3, 0.4);
        assertThat(ranking.explanation().citation()).isNotBlank();
    }

    @Test
    void scores_follow_the_rows_when_the_rows_are_permuted() {
        Ranking forward = createMethod().rank(MATRIX, WEIGHTS);
        DecisionMatrix reversed = DecisionMatrix.of(List.of("D", "C", "B", "A"), CRITERIA,
                new double[][] {{3, 7, 30}, {5, 6, 35}, {1, 8, 40}, {30, 7, 25}});
        Ranking backward = createMethod().rank(reversed, WEIGHTS);
        for (int i = 0; i < 4; i++) {
            assertThat(backward.scores().get(3 - i)).isCloseTo(forward.scores().get(i),
                    org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void an_alternative_that_dominates_every_other_ranks_first_whatever_its_row() {
        DecisionMatrix withDominant = MATRIX.with("E", List.of(0.5, 9.0, 20.0));
        Ranking ranking = createMethod().rank(withDominant, WEIGHTS);
        assertThat(ranking.top()).isEqualTo(4);
        assertThat(ranking.rankOf(4)).isEqualTo(1);
    }

    @Test
    void a_criterion_with_all_the_weight_orders_by_that_criterion() {
        Ranking ranking = createMethod().rank(MATRIX, Weights.of(1, 0, 0));
        // days, a cost: B (1) < D (3) < C (5) < A (30)
        assertThat(ranking.namesBestFirst()).containsExactly("B", "D", "C", "A");
    }

    @Test
    void multiplying_a_criterion_by_a_positive_constant_changes_no_score_where_the_method_guarantees_it() {
        if (!scaleInvariant()) {
            return;
        }
        double[][] scaled = MATRIX.toArray();
        for (double[] row : scaled) {
            row[0] *= 24; // days to hours
        }
        Ranking before = createMethod().rank(MATRIX, WEIGHTS);
        Ranking after = createMethod().rank(DecisionMatrix.of(MATRIX.alternatives(), CRITERIA, scaled), WEIGHTS);
        for (int i = 0; i < 4; i++) {
            assertThat(after.scores().get(i)).isCloseTo(before.scores().get(i),
                    org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void weights_that_do_not_fit_the_matrix_are_refused() {
        assertThatThrownBy(() -> createMethod().rank(MATRIX, Weights.of(1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 weights for 3 criteria");
    }
}
