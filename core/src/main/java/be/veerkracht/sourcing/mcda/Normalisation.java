package be.veerkracht.sourcing.mcda;

import java.util.Locale;

/**
 * How a criterion's values are brought to a common, unitless scale before they are weighted. {@code x} is a value,
 * {@code min}, {@code max} the column's extremes.
 */
public enum Normalisation {
    /**
     * Min-max (interval) normalisation to [0, 1], best = 1, worst = 0: benefit {@code (x - min) / (max - min)}, cost
     * {@code (max - x) / (max - min)}. A criterion on which every alternative is equal gives every alternative 1. A
     * positive scaling or a shift of a column changes nothing.
     */
    MIN_MAX("(x - min) / (max - min) for a benefit, (max - x) / (max - min) for a cost; a constant criterion gives 1"),
    /**
     * Linear (max) normalisation: benefit {@code x / max}, cost {@code min / x} (values must be above 0); the SAW of
     * Churchman and Ackoff (1954) as in the JMcDM library. A positive scaling of a column changes nothing.
     */
    LINEAR_MAX("x / max for a benefit, min / x for a cost (values must be above 0)"),
    /**
     * Vector normalisation {@code x / sqrt(sum of x^2)} over the column, not turned for cost criteria (TOPSIS takes the
     * direction into account through its ideal and anti-ideal points; Hwang and Yoon 1981). A positive scaling of a
     * column changes nothing.
     */
    VECTOR("x / sqrt(sum of x^2) over the alternatives; direction handled by the ideal and anti-ideal points");

    private final String formula;

    Normalisation(String formula) {
        this.formula = formula;
    }

    /** The formula in words, for the explanation of a ranking. */
    public String formula() {
        return formula;
    }

    /** The spelling on the command line and in JSON, e.g. {@code min_max}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Normalisation parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Normalisation n : values()) {
            if (n.name().equals(t)) {
                return n;
            }
        }
        throw new IllegalArgumentException("normalisation must be min_max, linear_max or vector, got '" + text + "'");
    }

    /** The normalised matrix, rows = alternatives; validated for this normalisation. */
    double[][] apply(DecisionMatrix matrix) {
        int m = matrix.alternativeCount();
        int n = matrix.criterionCount();
        double[][] r = new double[m][n];
        for (int j = 0; j < n; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double squares = 0;
            for (int i = 0; i < m; i++) {
                double x = matrix.value(i, j);
                min = Math.min(min, x);
                max = Math.max(max, x);
                squares += x * x;
            }
            boolean benefit = matrix.type(j) == CriterionType.BENEFIT;
            String name = matrix.criteria().get(j).name();
            if (this == LINEAR_MAX && !(min > 0)) {
                throw new IllegalArgumentException(name + ": linear_max normalisation needs values above 0, got "
                        + min);
            }
            if (this == VECTOR && squares == 0) {
                throw new IllegalArgumentException(name + ": vector normalisation needs a value other than 0");
            }
            double norm = Math.sqrt(squares);
            for (int i = 0; i < m; i++) {
                double x = matrix.value(i, j);
                r[i][j] = switch (this) {
                    case MIN_MAX -> max == min ? 1.0 : (benefit ? (x - min) / (max - min) : (max - x) / (max - min));
                    case LINEAR_MAX -> benefit ? x / max : min / x;
                    case VECTOR -> x / norm;
                };
            }
        }
        return r;
    }
}
