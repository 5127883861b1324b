package be.veerkracht.portfolio.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WeightedChoiceTest {

    private static final int DRAWS = 100_000;

    @Test
    void drawsInProportionToWeightAndNeverAZeroWeight() {
        Map<String, Double> weights = Map.of("a", 1.0, "b", 3.0, "zero", 0.0);
        WeightedChoice<String> choice = new WeightedChoice<>(List.of("a", "zero", "b"), weights::get);
        Draws draws = new Draws(new SplittableRandom(1));

        Map<String, Long> counts = IntStream.range(0, DRAWS).mapToObj(i -> choice.draw(draws))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        // Expected share of "b": 3 / (1 + 3) = 0.75; ± 5 binomial sd for n = 100000 is ± 0.0069.
        assertThat(counts.get("b") / (double) DRAWS).isBetween(0.743, 0.757);
        assertThat(counts).doesNotContainKey("zero");
    }

    @Test
    void refusesNoOptionsAndAllZeroWeights() {
        assertThatThrownBy(() -> new WeightedChoice<String>(List.of(), s -> 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightedChoice<>(List.of("a"), s -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
