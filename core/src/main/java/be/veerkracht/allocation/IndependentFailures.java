package be.veerkracht.allocation;

/**
 * Exact enumeration of independent all-or-nothing failures: each source i is down the whole year with probability
 * p<sub>i</sub>, independently; the 2<sup>n</sup> combinations with probability Π p<sub>i</sub><sup>d</sup>
 * (1 − p<sub>i</sub>)<sup>1−d</sup>. Combinations of probability 0 are left out. O(2<sup>n</sup>·n) time and memory.
 */
public final class IndependentFailures {

    /** More sources than this would make 2^n scenarios too many to enumerate (about a million). */
    public static final int MAX_SOURCES = 20;

    private IndependentFailures() {
    }

    /**
     * @param failureProbability per source, in [0, 1]
     * @throws IllegalArgumentException for no source, more than {@link #MAX_SOURCES} or a probability outside [0, 1]
     */
    public static ScenarioSet enumerate(double... failureProbability) {
        int n = failureProbability.length;
        if (n < 1 || n > MAX_SOURCES) {
            throw new IllegalArgumentException("enumeration needs 1 to " + MAX_SOURCES + " sources, got " + n);
        }
        for (double p : failureProbability) {
            Checks.probability(p, "failure probability");
        }
        int combinations = 1 << n;
        double[][] out = new double[combinations][];
        double[] probability = new double[combinations];
        int kept = 0;
        for (int mask = 0; mask < combinations; mask++) {
            double weight = 1;
            double[] row = new double[n];
            for (int i = 0; i < n; i++) {
                boolean down = (mask >> i & 1) == 1;
                row[i] = down ? 1 : 0;
                weight *= down ? failureProbability[i] : 1 - failureProbability[i];
            }
            if (weight > 0) {
                out[kept] = row;
                probability[kept++] = weight;
            }
        }
        double[][] rows = java.util.Arrays.copyOf(out, kept);
        double[] weights = java.util.Arrays.copyOf(probability, kept);
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        for (int k = 0; k < kept; k++) {
            weights[k] /= sum;
        }
        return new ScenarioSet(rows, weights, ScenarioSet.Method.EXACT_ENUMERATION, combinations);
    }
}
