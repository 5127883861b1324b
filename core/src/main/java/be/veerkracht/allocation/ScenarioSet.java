package be.veerkracht.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scenarios a split is judged on: in each, per source, the fraction of the year it cannot deliver, and the
 * scenario's probability. Either every combination of independent all-or-nothing failures, enumerated exactly
 * ({@link IndependentFailures}), or a sample drawn from the stress test's events, each of weight 1/N (sample average
 * approximation).
 *
 * @param outFraction per scenario, per source (in the problem's source order): fraction of the year down, in [0, 1]
 * @param probability per scenario, &gt; 0, summing to 1 (within {@link #PROBABILITY_TOLERANCE})
 * @param method      how the scenarios were made
 * @param sampleSize  the number of scenarios drawn (SAA) or enumerated, before identical ones were merged
 */
public record ScenarioSet(double[][] outFraction, double[] probability, Method method, int sampleSize) {

    /** How far the probabilities may sum from 1 (rounding of the enumeration). */
    public static final double PROBABILITY_TOLERANCE = 1e-9;

    /** How the scenarios were made. */
    public enum Method {
        /** Every combination of independent failures, with its exact probability. */
        EXACT_ENUMERATION,
        /** Scenarios drawn from the stress test's event model, each of weight 1/N. */
        SAMPLE_AVERAGE_APPROXIMATION
    }

    public ScenarioSet {
        Objects.requireNonNull(method, "method");
        if (outFraction.length == 0 || outFraction.length != probability.length) {
            throw new IllegalArgumentException("need as many probabilities as scenarios, at least one");
        }
        double sum = 0;
        for (int k = 0; k < probability.length; k++) {
            if (!(probability[k] > 0 && probability[k] <= 1)) {
                throw new IllegalArgumentException("scenario probability must be in (0, 1], got " + probability[k]);
            }
            sum += probability[k];
            for (double out : outFraction[k]) {
                Checks.probability(out, "fraction of the year down");
            }
        }
        if (Math.abs(sum - 1) > PROBABILITY_TOLERANCE) {
            throw new IllegalArgumentException("scenario probabilities must sum to 1, got " + sum);
        }
        outFraction = Arrays.stream(outFraction).map(double[]::clone).toArray(double[][]::new);
        probability = probability.clone();
    }

    /** N equally likely sampled scenarios. */
    public static ScenarioSet sampled(double[][] outFraction) {
        double[] weights = new double[outFraction.length];
        Arrays.fill(weights, 1.0 / outFraction.length);
        return new ScenarioSet(outFraction, weights, Method.SAMPLE_AVERAGE_APPROXIMATION, outFraction.length)
                .merged();
    }

    public int size() {
        return probability.length;
    }

    /** Sources per scenario. */
    public int sources() {
        return outFraction[0].length;
    }

    public double out(int scenario, int source) {
        return outFraction[scenario][source];
    }

    public double probability(int scenario) {
        return probability[scenario];
    }

    /**
     * Identical scenarios merged into one with their summed probability, in order of first appearance: the same
     * expected value and the same CVaR (both are sums over the distribution), a smaller model. O(K·n).
     */
    public ScenarioSet merged() {
        Map<List<Double>, Integer> seen = new LinkedHashMap<>();
        List<double[]> rows = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int k = 0; k < size(); k++) {
            List<Double> key = Arrays.stream(outFraction[k]).boxed().toList();
            Integer at = seen.get(key);
            if (at == null) {
                seen.put(key, rows.size());
                rows.add(outFraction[k]);
                weights.add(probability[k]);
            } else {
                weights.set(at, weights.get(at) + probability[k]);
            }
        }
        double[] p = weights.stream().mapToDouble(Double::doubleValue).toArray();
        double sum = 0;
        for (double w : p) {
            sum += w;
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return new ScenarioSet(rows.toArray(double[][]::new), p, method, sampleSize);
    }
}
