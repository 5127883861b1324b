package be.veerkracht.quality.agreement;

/**
 * One characteristic a quality agreement binds every supplier to: its specification (nominal and limits), how it is
 * measured, how often, and whether each batch must come with a certificate of analysis giving it.
 *
 * <p>A specification may be one-sided (only {@code lsl}, e.g. a tensile strength, or only {@code usl}, e.g. a
 * roughness); then the equivalence margin must be given, as there is no tolerance width to take a share of. With
 * both limits the margin defaults to {@link #DEFAULT_MARGIN_SHARE} of the width {@code usl - lsl}.
 *
 * @param name                the characteristic's name, unique within an agreement, e.g. {@code bore_diameter}
 * @param unit                the unit of every value, e.g. {@code mm}
 * @param nominal             the target value, null when the agreement sets none; within the limits
 * @param lsl                 lower specification limit, null for none
 * @param usl                 upper specification limit, null for none; above {@code lsl}
 * @param method              the measurement method all parties must use, e.g. {@code ISO 6892-1 tensile test}
 * @param sampleSize          values per lot the agreement asks for, at least 1
 * @param frequency           how often a sample is taken, as agreed, e.g. {@code every lot}
 * @param certificateRequired whether each batch's certificate of analysis must give this characteristic
 * @param explicitMargin      the equivalence margin for cross-validation in {@code unit}, null for the default;
 *                            required when one-sided
 */
public record Characteristic(String name, String unit, Double nominal, Double lsl, Double usl, String method,
                             int sampleSize, String frequency, boolean certificateRequired, Double explicitMargin) {

    /** The default equivalence margin as a share of the tolerance width: 10 % (issue 12). */
    public static final double DEFAULT_MARGIN_SHARE = 0.10;
    /** Longest name, in characters, like every key in the store. */
    public static final int MAX_NAME_LENGTH = 64;

    public Characteristic {
        name = Texts.key(name, "characteristic");
        unit = Texts.required(unit, "unit");
        method = Texts.required(method, "method");
        frequency = Texts.required(frequency, "frequency");
        finite(nominal, "nominal");
        finite(lsl, "lsl");
        finite(usl, "usl");
        finite(explicitMargin, "equivalence_margin");
        if (lsl == null && usl == null) {
            throw new IllegalArgumentException("characteristic " + name + ": give lsl, usl or both");
        }
        if (lsl != null && usl != null && !(lsl < usl)) {
            throw new IllegalArgumentException("characteristic " + name + ": lsl " + lsl + " must be below usl " + usl);
        }
        if (nominal != null && ((lsl != null && nominal < lsl) || (usl != null && nominal > usl))) {
            throw new IllegalArgumentException("characteristic " + name + ": nominal " + nominal
                    + " lies outside the limits");
        }
        if (sampleSize < 1) {
            throw new IllegalArgumentException("characteristic " + name + ": sample_size must be at least 1");
        }
        if (explicitMargin != null && !(explicitMargin > 0)) {
            throw new IllegalArgumentException("characteristic " + name + ": equivalence_margin must be > 0");
        }
        if (explicitMargin == null && (lsl == null || usl == null)) {
            throw new IllegalArgumentException("characteristic " + name
                    + ": a one-sided specification needs an explicit equivalence_margin");
        }
    }

    /** True when only one limit is set. */
    public boolean oneSided() {
        return lsl == null || usl == null;
    }

    /** The tolerance width {@code usl - lsl}; NaN when one-sided. */
    public double toleranceWidth() {
        return oneSided() ? Double.NaN : usl - lsl;
    }

    /** The equivalence margin: the explicit one, else {@link #DEFAULT_MARGIN_SHARE} of the tolerance width. */
    public double margin() {
        return explicitMargin != null ? explicitMargin : DEFAULT_MARGIN_SHARE * toleranceWidth();
    }

    /** True when the margin is the default rather than agreed explicitly. */
    public boolean defaultMargin() {
        return explicitMargin == null;
    }

    /** True when {@code value} lies within the limits (a limit itself is in spec). */
    public boolean inSpec(double value) {
        return (lsl == null || value >= lsl) && (usl == null || value <= usl);
    }

    private static void finite(Double value, String field) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + value);
        }
    }
}
