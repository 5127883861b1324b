package be.veerkracht.simulation.events;

/**
 * How long an event lasts, in days: log-normal, given by its median and 90th percentile (the two numbers a user can
 * estimate and a source usually states). σ = ln(p90 / median) / z<sub>0.9</sub>, with z<sub>0.9</sub> = 1.2815515655446004
 * (the standard normal 0.9 quantile, scipy.stats.norm.ppf(0.9)); μ = ln(median). A draw is rounded to whole days and
 * is at least 1. When p90 equals the median the duration is fixed.
 *
 * @param medianDays the median duration, days, &ge; 1
 * @param p90Days    the 90th percentile, days, &ge; median
 */
public record DurationDistribution(double medianDays, double p90Days) {

    /** The standard normal 0.9 quantile (scipy.stats.norm.ppf(0.9)). */
    static final double Z_90 = 1.2815515655446004;

    public DurationDistribution {
        if (!(medianDays >= 1 && medianDays < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("median duration must be a finite number of days >= 1, got " + medianDays);
        }
        if (!(p90Days >= medianDays && p90Days < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("90th percentile duration must be >= the median (" + medianDays
                    + "), got " + p90Days);
        }
    }

    /** A duration that is always {@code days}. */
    public static DurationDistribution fixed(double days) {
        return new DurationDistribution(days, days);
    }

    /** σ of the underlying normal. */
    public double sigma() {
        return StrictMath.log(p90Days / medianDays) / Z_90;
    }

    /** The duration for a standard normal draw {@code z}: round(median · e<sup>σz</sup>), at least 1 day. */
    public int days(double z) {
        double days = medianDays * StrictMath.exp(sigma() * z);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE / 4, Math.round(days)));
    }

    /** The mean, median · e<sup>σ²/2</sup> (before rounding), for the assumptions shown with a result. */
    public double meanDays() {
        double sigma = sigma();
        return medianDays * StrictMath.exp(sigma * sigma / 2);
    }
}
