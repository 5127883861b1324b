package be.veerkracht.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiscreteCvarTest {

    @Test
    void the_mean_of_the_worst_tail_with_the_boundary_scenario_in_part() {
        // by hand: worst 10 % of {1000 w.p. 0.01, 265 w.p. 0.09, 100 w.p. 0.9} = (10 + 23.85) / 0.1 = 338.5
        assertThat(DiscreteCvar.of(new double[] {100, 265, 1000}, new double[] {0.9, 0.09, 0.01}, 0.9))
                .isCloseTo(338.5, within(1e-9));
        // worst 5 % of ten equally likely 1 … 10: half of the 10 → 10
        assertThat(DiscreteCvar.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, equal(10), 0.95))
                .isCloseTo(10, within(1e-9));
        // worst 25 %: 10, 9 and half of 8 → (1 + 0.9 + 0.4) / 0.25 = 9.2
        assertThat(DiscreteCvar.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, equal(10), 0.75))
                .isCloseTo(9.2, within(1e-9));
        // α = 0: the mean
        assertThat(DiscreteCvar.of(new double[] {1, 3}, new double[] {0.5, 0.5}, 0)).isCloseTo(2, within(1e-12));
    }

    private static double[] equal(int n) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        return p;
    }
}
