package be.veerkracht.sourcing.mcda;

import java.util.List;
import java.util.Objects;

/**
 * Weighted sum model (simple additive weighting): score {@code S_i = sum_j w_j r_ij}, with {@code r_ij} the value
 * normalised so that 1 is best ({@link Normalisation#MIN_MAX} by default, {@link Normalisation#LINEAR_MAX} as
 * option). Time O(m n) for m alternatives and n criteria. Limits: compensatory (a very bad value can be bought back
 * by good ones); with min-max, adding or removing an alternative that changes a column's extremes can reverse ranks.
 *
 * <p>Churchman, C. W. and Ackoff, R. L. (1954), "An approximate measure of value", Journal of the Operations
 * Research Society of America 2(2), 172–187, doi:10.1287/opre.2.2.172; Fishburn, P. C. (1967), "Additive utilities
 * with incomplete product sets", Operations Research 15(3), 537–542, doi:10.1287/opre.15.3.537.
 */
public final class WeightedSumRanking implements RankingMethod {

    public static final String CODE = "wsm";
    static final String CITATION = "Churchman & Ackoff (1954), An approximate measure of value, JORSA 2(2) 172-187, "
            + "doi:10.1287/opre.2.2.172; Fishburn (1967), Operations Research 15(3) 537-542";

    private final Normalisation normalisation;

    /** With min-max normalisation. */
    public WeightedSumRanking() {
        this(Normalisation.MIN_MAX);
    }

    /** @param normalisation {@link Normalisation#MIN_MAX} or {@link Normalisation#LINEAR_MAX} */
    public WeightedSumRanking(Normalisation normalisation) {
        this.normalisation = Objects.requireNonNull(normalisation, "normalisation");
        if (normalisation == Normalisation.VECTOR) {
            throw new IllegalArgumentException("the weighted sum uses min_max or linear_max normalisation");
        }
    }

    public Normalisation normalisation() {
        return normalisation;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Ranking rank(DecisionMatrix matrix, Weights weights) {
        weights.requireFits(matrix);
        double[][] r = normalisation.apply(matrix);
        double[] scores = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < r[i].length; j++) {
                scores[i] += weights.get(j) * r[i][j];
            }
        }
        return Ranking.of(matrix.alternatives(), scores, new RankingExplanation(CODE, normalisation.code(),
                "S_i = sum_j w_j r_ij with r_ij = " + normalisation.formula(), CITATION, weights.values(),
                List.of("ties broken by input order")));
    }

    /** The normalised matrix this method weights (for exact sensitivity breakpoints). */
    double[][] normalised(DecisionMatrix matrix) {
        return normalisation.apply(matrix);
    }
}
