package be.veerkracht.sourcing.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class AhpWeightsTest {

    @Test
    void saaty_three_by_three_textbook_matrix() {
        // The 1-3-5 matrix of AHP textbooks (weights 0.637, 0.258, 0.105, CR 0.033 with RI 0.58); four decimals
        // and more from a one-off python3/numpy 2.4.6 eigen decomposition: weights 0.6369855717, 0.2582849944,
        // 0.1047294339, lambda_max 3.0385110906, CI 0.0192555453, CR 0.0331992160.
        AhpWeights ahp = AhpWeights.of(List.of("a", "b", "c"),
                new double[][] {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}});
        assertThat(ahp.weights().get(0)).isCloseTo(0.6369855717, offset(1e-9));
        assertThat(ahp.weights().get(1)).isCloseTo(0.2582849944, offset(1e-9));
        assertThat(ahp.weights().get(2)).isCloseTo(0.1047294339, offset(1e-9));
        assertThat(ahp.lambdaMax()).isCloseTo(3.0385110906, offset(1e-9));
        assertThat(ahp.consistencyIndex()).isCloseTo(0.0192555453, offset(1e-9));
        assertThat(ahp.consistencyRatio()).isCloseTo(0.0331992160, offset(1e-9));
        assertThat(ahp.consistent()).isTrue();
    }

    @Test
    void eight_criteria_of_the_jmcdm_consistency_test() {
        // Matrix K of JMcDM test/mcdm/testahp.jl (n = 8; JMcDM reports CR 0.0736 from an approximate lambda_max
        // 8.7264, consistent). Exact principal eigenpair from a one-off python3/numpy 2.4.6 computation:
        // lambda_max 8.6981975982, CI 0.0997425140, CR 0.0707393717 (RI 1.41), weights 0.0537202712,
        // 0.0166677540, 0.1514546829, 0.3466582706, 0.0469275112, 0.0761503766, 0.1675207288, 0.1409004047.
        double t = 1.0;
        double[][] k = {
            {1, 7, t / 5, t / 8, t / 2, t / 3, t / 5, 1},
            {t / 7, 1, t / 8, t / 9, t / 4, t / 5, t / 9, t / 8},
            {5, 8, 1, t / 3, 4, 2, 1, 1},
            {8, 9, 3, 1, 7, 5, 3, 3},
            {2, 4, t / 4, t / 7, 1, t / 2, t / 5, t / 5},
            {3, 5, t / 2, t / 5, 2, 1, t / 3, t / 3},
            {5, 9, 1, t / 3, 5, 3, 1, 1},
            {1, 8, 1, t / 3, 5, 3, 1, 1}};
        AhpWeights ahp = AhpWeights.of(List.of("1", "2", "3", "4", "5", "6", "7", "8"), k);
        double[] expected = {0.0537202712, 0.0166677540, 0.1514546829, 0.3466582706, 0.0469275112, 0.0761503766,
            0.1675207288, 0.1409004047};
        for (int i = 0; i < 8; i++) {
            assertThat(ahp.weights().get(i)).isCloseTo(expected[i], offset(1e-9));
        }
        assertThat(ahp.lambdaMax()).isCloseTo(8.6981975982, offset(1e-9));
        assertThat(ahp.consistencyIndex()).isCloseTo(0.0997425140, offset(1e-9));
        assertThat(ahp.randomIndex()).isEqualTo(1.41);
        assertThat(ahp.consistencyRatio()).isCloseTo(0.0707393717, offset(1e-9));
        assertThat(ahp.consistent()).isTrue();
    }

    @Test
    void a_consistent_matrix_has_lambda_n_and_cr_zero_and_an_inconsistent_one_is_flagged() {
        // a_ij = w_i / w_j with w = (4, 2, 1): perfectly consistent (Saaty 1977), weights 4/7, 2/7, 1/7
        AhpWeights consistent = AhpWeights.of(List.of("a", "b", "c"),
                new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
        assertThat(consistent.weights().get(0)).isCloseTo(4.0 / 7, offset(1e-12));
        assertThat(consistent.lambdaMax()).isCloseTo(3.0, offset(1e-12));
        assertThat(consistent.consistencyRatio()).isCloseTo(0.0, offset(1e-12));
        // a > b 9, b > c 9 but c > a 9: a circular judgement. python3/numpy 2.4.6: lambda_max 10.1111, CR 6.1303
        AhpWeights circular = AhpWeights.of(List.of("a", "b", "c"),
                new double[][] {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}});
        assertThat(circular.lambdaMax()).isCloseTo(10.1111111111, offset(1e-9));
        assertThat(circular.consistencyRatio()).isCloseTo(6.1302681992, offset(1e-9));
        assertThat(circular.consistent()).isFalse();
        assertThat(circular.consistencyRatio()).isGreaterThan(AhpWeights.CONSISTENCY_LIMIT);
    }

    @Test
    void broken_matrices_are_refused_naming_the_cell() {
        assertThatThrownBy(() -> AhpWeights.of(List.of("a", "b"), new double[][] {{1, 3}, {3, 1}}))
                .hasMessageContaining("a vs b").hasMessageContaining("not reciprocal");
        assertThatThrownBy(() -> AhpWeights.of(List.of("a", "b"), new double[][] {{1, 3}, {0.3333, 2}}))
                .hasMessageContaining("b vs b").hasMessageContaining("diagonal");
        assertThatThrownBy(() -> AhpWeights.of(List.of("a", "b"), new double[][] {{1, -3}, {0.3333, 1}}))
                .hasMessageContaining("above 0");
        assertThatThrownBy(() -> AhpWeights.of(List.of("a", "b"), new double[][] {{1, 3, 1}, {0.3333, 1}}))
                .hasMessageContaining("not square");
    }
}
