package be.veerkracht.inventory.dualsourcing;

import java.util.Locale;

/**
 * Poisson demand with the given mean, truncated at the smallest n with P(D &gt; n) &lt; {@link #TAIL_MASS} and
 * renormalised over 0..n, so that every model built on it has a finite state space. The truncated mean differs
 * from the given one by less than about {@code TAIL_MASS · (n + mean)}.
 */
public final class PoissonDemand implements DemandDistribution {

    /** The upper tail mass cut off (then renormalised), dimensionless. */
    public static final double TAIL_MASS = 1e-9;
    /** The largest mean accepted (units per period). */
    public static final double MAX_MEAN = 500;

    private final double mean;
    private final double[] pmf;

    /** @throws IllegalArgumentException if the mean is not in (0, {@link #MAX_MEAN}] */
    public PoissonDemand(double mean) {
        if (!(mean > 0 && mean <= MAX_MEAN)) {
            throw new IllegalArgumentException("demand poisson:" + mean + ": the mean must be in (0, " + MAX_MEAN
                    + "]");
        }
        this.mean = mean;
        java.util.List<Double> values = new java.util.ArrayList<>();
        double logP = -mean;
        double cumulative = 0;
        for (int k = 0; ; k++) {
            if (k > 0) {
                logP += Math.log(mean) - Math.log(k);
            }
            double p = Math.exp(logP);
            values.add(p);
            cumulative += p;
            if (k >= mean && 1 - cumulative < TAIL_MASS) {
                break;
            }
        }
        pmf = new double[values.size()];
        for (int k = 0; k < pmf.length; k++) {
            pmf[k] = values.get(k) / cumulative;
        }
    }

    /** The mean asked for (the truncated distribution's own is {@link #mean()}). */
    public double nominalMean() {
        return mean;
    }

    @Override
    public int min() {
        return 0;
    }

    @Override
    public int max() {
        return pmf.length - 1;
    }

    @Override
    public double probability(int d) {
        return d < 0 || d >= pmf.length ? 0 : pmf[d];
    }

    @Override
    public String text() {
        return "poisson:" + String.format(Locale.ROOT, "%s", mean);
    }

    @Override
    public String toString() {
        return text();
    }
}
