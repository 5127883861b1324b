package be.veerkracht.quality.capability;

/**
 * A characteristic's specification: a lower limit, an upper limit, or both (LSL &lt; USL), in the unit of the
 * measurements. Null means "no limit on that side".
 */
public record SpecificationLimits(Double lower, Double upper) {

    public SpecificationLimits {
        if (lower == null && upper == null) {
            throw new IllegalArgumentException("a specification needs a lower limit, an upper limit or both");
        }
        if (lower != null && !Double.isFinite(lower) || upper != null && !Double.isFinite(upper)) {
            throw new IllegalArgumentException("specification limits must be finite, got " + lower + ", " + upper);
        }
        if (lower != null && upper != null && !(lower < upper)) {
            throw new IllegalArgumentException("the lower specification limit must be below the upper, got LSL "
                    + lower + ", USL " + upper);
        }
    }

    public static SpecificationLimits twoSided(double lower, double upper) {
        return new SpecificationLimits(lower, upper);
    }

    public static SpecificationLimits lowerOnly(double lower) {
        return new SpecificationLimits(lower, null);
    }

    public static SpecificationLimits upperOnly(double upper) {
        return new SpecificationLimits(null, upper);
    }

    public boolean twoSided() {
        return lower != null && upper != null;
    }

    /** USL − LSL, or NaN for a one-sided specification. */
    public double toleranceWidth() {
        return twoSided() ? upper - lower : Double.NaN;
    }
}
