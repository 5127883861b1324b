package be.veerkracht.portfolio.synthetic;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Draws one of a fixed list of options with probability proportional to its weight: cumulative weights and a
 * binary search, O(n) to build and O(log n) per draw.
 */
final class WeightedChoice<T> {

    private final List<T> options;
    private final double[] cumulative;

    WeightedChoice(List<T> options, ToDoubleFunction<T> weight) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no options to choose from");
        }
        this.options = List.copyOf(options);
        this.cumulative = new double[options.size()];
        double sum = 0;
        for (int i = 0; i < options.size(); i++) {
            double w = weight.applyAsDouble(options.get(i));
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight must be a finite number >= 0, got " + w);
            }
            sum += w;
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("all weights are 0");
        }
    }

    /** The first option whose cumulative weight exceeds a uniform draw over the total. */
    T draw(Draws draws) {
        double target = draws.unit() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return options.get(low);
    }
}
