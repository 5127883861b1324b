package be.veerkracht.quality.spc;

/**
 * The centre line and the lower and upper control limits of one chart, in the unit of the plotted statistic. The
 * limits of a location chart lie 3 σ of the statistic either side of the centre, so {@link #sigma()} recovers that
 * σ for the zones of the run rules.
 */
public record ControlLimits(double lower, double center, double upper) {

    /** How many standard deviations of the plotted statistic the limits lie from the centre (Shewhart). */
    public static final double SIGMA_MULTIPLE = 3.0;

    public ControlLimits {
        if (!(Double.isFinite(lower) && Double.isFinite(center) && Double.isFinite(upper))) {
            throw new IllegalArgumentException("control limits must be finite, got " + lower + ", " + center + ", "
                    + upper);
        }
        if (!(lower <= center && center <= upper)) {
            throw new IllegalArgumentException("control limits must satisfy lower <= center <= upper, got "
                    + lower + ", " + center + ", " + upper);
        }
    }

    /** σ of the plotted statistic above the centre: (UCL − CL)/3. */
    public double sigma() {
        return (upper - center) / SIGMA_MULTIPLE;
    }

    /** Whether {@code value} lies outside [LCL, UCL]. */
    public boolean outside(double value) {
        return value < lower || value > upper;
    }
}
