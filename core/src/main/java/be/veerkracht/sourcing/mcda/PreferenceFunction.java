package be.veerkracht.sourcing.mcda;

import java.util.Locale;

/**
 * A PROMETHEE preference function: how much a difference {@code d} (in the criterion's unit, turned so that positive
 * means better) makes one alternative preferred to another, from 0 to 1 (Brans and Vincke 1985, criteria of type I,
 * III and V).
 *
 * @param shape        usual, v_shape or linear
 * @param indifference q, differences up to which there is no preference (linear only; 0 otherwise), >= 0
 * @param preference   p, differences from which preference is strict (v_shape and linear), > q
 */
public record PreferenceFunction(Shape shape, double indifference, double preference) {

    /** The shapes supported. */
    public enum Shape {
        /** Type I: {@code P = 1} if {@code d > 0}, else 0. */
        USUAL,
        /** Type III: {@code P = d / p} for {@code 0 < d <= p}, 1 above p. */
        V_SHAPE,
        /** Type V: {@code P = (d - q) / (p - q)} for {@code q < d <= p}, 1 above p, 0 up to q. */
        LINEAR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PreferenceFunction {
        java.util.Objects.requireNonNull(shape, "shape");
        if (shape == Shape.USUAL) {
            indifference = 0;
            preference = 0;
        } else {
            if (shape == Shape.V_SHAPE) {
                indifference = 0;
            }
            if (!(indifference >= 0 && Double.isFinite(indifference))) {
                throw new IllegalArgumentException("indifference threshold q must be >= 0, got " + indifference);
            }
            if (!(preference > indifference && Double.isFinite(preference))) {
                throw new IllegalArgumentException("preference threshold p must be above q = " + indifference
                        + ", got " + preference);
            }
        }
    }

    public static PreferenceFunction usual() {
        return new PreferenceFunction(Shape.USUAL, 0, 0);
    }

    public static PreferenceFunction vShape(double p) {
        return new PreferenceFunction(Shape.V_SHAPE, 0, p);
    }

    public static PreferenceFunction linear(double q, double p) {
        return new PreferenceFunction(Shape.LINEAR, q, p);
    }

    /** The preference for a difference {@code d} (positive: the first alternative is better). */
    public double of(double d) {
        return switch (shape) {
            case USUAL -> d > 0 ? 1 : 0;
            case V_SHAPE -> d <= 0 ? 0 : Math.min(1, d / preference);
            case LINEAR -> d <= indifference ? 0 : d > preference ? 1 : (d - indifference) / (preference - indifference);
        };
    }

    /** e.g. {@code usual}, {@code v_shape(p=5.0)}, {@code linear(q=1.0, p=5.0)}. */
    public String describe() {
        return switch (shape) {
            case USUAL -> "usual";
            case V_SHAPE -> String.format(Locale.ROOT, "v_shape(p=%s)", preference);
            case LINEAR -> String.format(Locale.ROOT, "linear(q=%s, p=%s)", indifference, preference);
        };
    }
}
