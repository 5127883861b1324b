package be.veerkracht.sourcing.mcda;

import java.util.ArrayList;
import java.util.List;

/**
 * Criterion weights, normalised on construction to sum to 1 ({@code 4, 2, 6, 8} and {@code 0.2, 0.1, 0.3, 0.4} are
 * the same weights). Each must be finite and at least 0, and at least one above 0.
 *
 * @param values the normalised weights, in criterion order
 */
public record Weights(List<Double> values) {

    public Weights {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no weights given");
        }
        double sum = 0;
        for (Double w : values) {
            if (w == null || !Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("every weight must be a finite number >= 0, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
        List<Double> normalised = new ArrayList<>();
        for (Double w : values) {
            normalised.add(w / sum);
        }
        values = List.copyOf(normalised);
    }

    public static Weights of(double... values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return new Weights(list);
    }

    /** n equal weights. */
    public static Weights equal(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        return of(w);
    }

    public int size() {
        return values.size();
    }

    public double get(int criterion) {
        return values.get(criterion);
    }

    public double[] toArray() {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Checks that there is one weight per criterion of {@code matrix}. */
    void requireFits(DecisionMatrix matrix) {
        if (size() != matrix.criterionCount()) {
            throw new IllegalArgumentException(size() + " weights for " + matrix.criterionCount() + " criteria");
        }
    }
}
