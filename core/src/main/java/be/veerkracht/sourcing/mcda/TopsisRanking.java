package be.veerkracht.sourcing.mcda;

import java.util.List;
import java.util.Objects;

/**
 * TOPSIS, the technique for order preference by similarity to the ideal solution. With {@code r_ij} the normalised
 * value ({@link Normalisation#VECTOR} in the classic form, {@link Normalisation#MIN_MAX} as option) and
 * {@code v_ij = w_j r_ij}: the ideal point takes per criterion the best {@code v} (largest for a benefit, smallest
 * for a cost), the anti-ideal the worst; {@code D+_i} and {@code D-_i} are the Euclidean distances to them, and the
 * score is the closeness coefficient {@code C_i = D-_i / (D+_i + D-_i)} in [0, 1]. Time O(m n). Limits: ranks can
 * reverse when an alternative is added or removed (the ideal points move); when every alternative is equal on every
 * weighted criterion the coefficient is undefined and set to 0.5.
 *
 * <p>Hwang, C.-L. and Yoon, K. (1981), Multiple Attribute Decision Making: Methods and Applications, Lecture Notes
 * in Economics and Mathematical Systems 186, Springer, Berlin, doi:10.1007/978-3-642-48318-9.
 */
public final class TopsisRanking implements RankingMethod {

    public static final String CODE = "topsis";
    static final String CITATION = "Hwang & Yoon (1981), Multiple Attribute Decision Making: Methods and "
            + "Applications, LNEMS 186, Springer, doi:10.1007/978-3-642-48318-9";
    /** The closeness coefficient given when D+ + D- is 0 (every alternative the same on the weighted criteria). */
    static final double UNDEFINED_CLOSENESS = 0.5;

    private final Normalisation normalisation;

    /** The classic form, vector normalisation. */
    public TopsisRanking() {
        this(Normalisation.VECTOR);
    }

    /** @param normalisation {@link Normalisation#VECTOR} (classic) or {@link Normalisation#MIN_MAX} */
    public TopsisRanking(Normalisation normalisation) {
        this.normalisation = Objects.requireNonNull(normalisation, "normalisation");
        if (normalisation == Normalisation.LINEAR_MAX) {
            throw new IllegalArgumentException("TOPSIS uses vector or min_max normalisation");
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Ranking rank(DecisionMatrix matrix, Weights weights) {
        weights.requireFits(matrix);
        double[][] r = normalisation.apply(matrix);
        int m = r.length;
        int n = matrix.criterionCount();
        double[] ideal = new double[n];
        double[] anti = new double[n];
        for (int j = 0; j < n; j++) {
            // min-max has already turned cost criteria so that larger is better
            boolean larger = normalisation == Normalisation.MIN_MAX || matrix.type(j) == CriterionType.BENEFIT;
            double best = larger ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            double worst = -best;
            for (int i = 0; i < m; i++) {
                double v = weights.get(j) * r[i][j];
                best = larger ? Math.max(best, v) : Math.min(best, v);
                worst = larger ? Math.min(worst, v) : Math.max(worst, v);
            }
            ideal[j] = best;
            anti[j] = worst;
        }
        double[] scores = new double[m];
        for (int i = 0; i < m; i++) {
            double plus = 0;
            double minus = 0;
            for (int j = 0; j < n; j++) {
                double v = weights.get(j) * r[i][j];
                plus += (v - ideal[j]) * (v - ideal[j]);
                minus += (v - anti[j]) * (v - anti[j]);
            }
            plus = Math.sqrt(plus);
            minus = Math.sqrt(minus);
            scores[i] = plus + minus == 0 ? UNDEFINED_CLOSENESS : minus / (plus + minus);
        }
        return Ranking.of(matrix.alternatives(), scores, new RankingExplanation(CODE, normalisation.code(),
                "C_i = D-_i / (D+_i + D-_i), Euclidean distances of v_ij = w_j r_ij to the ideal and anti-ideal "
                        + "points, r_ij = " + normalisation.formula(), CITATION, weights.values(),
                List.of("ties broken by input order")));
    }
}
