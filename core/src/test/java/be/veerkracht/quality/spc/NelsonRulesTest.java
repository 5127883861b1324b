package be.veerkracht.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Constructed series (in σ, centre 0) where Nelson's tests fire at known points. */
class NelsonRulesTest extends RunRulesContractTest {

    @Override
    RunRules createRules() {
        return new NelsonRules();
    }

    private static List<String> fire(double... x) {
        return described(new NelsonRules().firings(x, UNIT));
    }

    @Test
    void test_2_nine_in_a_row_on_one_side() {
        assertThat(fire(0.5, 0.6, 0.4, 0.7, 0.5, 0.3, 0.6, 0.4, 0.5)).containsExactly(
                "NELSON_2@8:[0, 1, 2, 3, 4, 5, 6, 7, 8]");
        assertThat(fire(0.5, 0.6, 0.4, 0.7, 0.5, 0.3, 0.6, 0.4)).isEmpty();
    }

    @Test
    void test_3_six_in_a_row_steadily_increasing() {
        assertThat(fire(-0.5, -0.3, -0.1, 0.1, 0.3, 0.5, 0.2)).containsExactly("NELSON_3@5:[0, 1, 2, 3, 4, 5]");
        // a tie breaks the trend
        assertThat(fire(-0.5, -0.3, -0.1, -0.1, 0.3, 0.5)).isEmpty();
    }

    @Test
    void test_4_fourteen_alternating() {
        double[] fourteen = new double[14];
        for (int i = 0; i < 14; i++) {
            fourteen[i] = i % 2 == 0 ? 0.5 : -0.5;
        }
        assertThat(fire(fourteen)).containsExactly("NELSON_4@13:[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]");
        assertThat(fire(java.util.Arrays.copyOf(fourteen, 13))).isEmpty();
    }

    @Test
    void tests_5_and_6_are_western_electric_2_and_3() {
        assertThat(fire(0, 2.5, -0.5, 2.1, 0)).containsExactly("NELSON_5@3:[1, 3]");
        assertThat(fire(0, -1.5, -1.2, 0.3, -1.1, -1.8, 0)).containsExactly("NELSON_6@5:[1, 2, 4, 5]");
    }

    @Test
    void test_7_fifteen_within_one_sigma() {
        double[] hugging = {0.1, 0.2, 0.3, -0.1, -0.2, -0.3, 0.1, 0.2, 0.3, -0.1, -0.2, -0.3, 0.1, 0.2, 0.3};
        assertThat(fire(hugging)).containsExactly(
                "NELSON_7@14:[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]");
    }

    @Test
    void test_8_eight_beyond_one_sigma_on_either_side() {
        assertThat(fire(1.5, -1.5, 1.5, -1.5, 1.5, -1.5, 1.5, -1.5)).containsExactly(
                "NELSON_8@7:[0, 1, 2, 3, 4, 5, 6, 7]");
    }
}
