package be.veerkracht.inventory.dualsourcing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A given probability mass function on 0..n ({@code pmf:p0,p1,...}). The values must be non-negative and sum to 1
 * within {@link #SUM_TOLERANCE}; they are renormalised. Leading and trailing zeros shrink the support.
 */
public final class PmfDemand implements DemandDistribution {

    /** How far the given probabilities may sum from 1 (absolute). */
    public static final double SUM_TOLERANCE = 1e-6;

    private final double[] given;
    private final int min;
    private final double[] pmf;

    /** @throws IllegalArgumentException on a negative value, a sum away from 1, or an empty support */
    public PmfDemand(double[] probabilities) {
        given = probabilities.clone();
        double sum = 0;
        for (int i = 0; i < given.length; i++) {
            if (!(given[i] >= 0) || Double.isInfinite(given[i])) {
                throw new IllegalArgumentException("demand pmf: p" + i + " must be a number >= 0, got " + given[i]);
            }
            sum += given[i];
        }
        if (given.length > UniformDemand.MAX_SUPPORT || Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("demand pmf: the probabilities must sum to 1 (within "
                    + SUM_TOLERANCE + "), got " + sum + " over " + given.length + " values");
        }
        int first = 0;
        while (given[first] == 0) {
            first++;
        }
        int last = given.length - 1;
        while (given[last] == 0) {
            last--;
        }
        min = first;
        pmf = new double[last - first + 1];
        for (int i = first; i <= last; i++) {
            pmf[i - first] = given[i] / sum;
        }
    }

    @Override
    public int min() {
        return min;
    }

    @Override
    public int max() {
        return min + pmf.length - 1;
    }

    @Override
    public double probability(int d) {
        return d < min || d > max() ? 0 : pmf[d - min];
    }

    @Override
    public String text() {
        return "pmf:" + Arrays.stream(given).mapToObj(p -> String.format(Locale.ROOT, "%s", p))
                .collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return text();
    }
}
