package be.veerkracht.portfolio.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DrawsTest {

    @Test
    void betweenIncludesBothEnds() {
        Draws draws = new Draws(new SplittableRandom(2));

        int[] values = IntStream.range(0, 10_000).map(i -> draws.between(3, 5)).toArray();

        assertThat(values).containsOnly(3, 4, 5).contains(3, 5);
    }

    @Test
    void logNormalHasTheRequestedMedian() {
        Draws draws = new Draws(new SplittableRandom(3));

        double[] values = IntStream.range(0, 20_001).mapToDouble(i -> draws.logNormal(100, 1.0)).sorted().toArray();

        // The median of a log-normal is exp(mu) = 100 by construction; its sample median for n = 20001 has a
        // standard error of about 100 × sqrt(pi/2) × 1.0 / sqrt(n) ≈ 0.9, so ± 5 is over 5 standard errors.
        assertThat(values[10_000]).isBetween(95.0, 105.0);
        assertThat(Arrays.stream(values).allMatch(v -> v > 0)).isTrue();
    }

    @Test
    void amountsAreRoundedHalfUpAndNeverZero() {
        // 2.675 is 2.67499999999999982236431605997495353221893310546875 in binary: HALF_UP of the exact value
        // gives 2.67 (the value is below the half), as any exact decimal rounding must.
        assertThat(Draws.amount(2.675, 2)).isEqualTo(new BigDecimal("2.67"));
        assertThat(Draws.amount(0.001, 2)).isEqualTo(new BigDecimal("0.01"));
        assertThat(Draws.amount(12.5, 4)).isEqualTo(new BigDecimal("12.5000"));
    }
}
