package be.veerkracht.sourcing.mcda;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The probability that each alternative ranks first when the weights are not known: weight vectors drawn uniformly
 * on the simplex (a flat Dirichlet(1, ..., 1): {@code w_k = -ln U_k / sum_l -ln U_l} with U uniform on (0, 1], Rubinstein
 * and Kroese (2016), Simulation and the Monte Carlo Method, 3rd ed., Wiley, §4.3), each ranked with the method; this
 * is the first-rank acceptability index of stochastic multicriteria acceptability analysis (Lahdelma, R., Hokkanen,
 * J. and Salminen, P. (1998), "SMAA - Stochastic multiobjective acceptability analysis", European Journal of
 * Operational Research 106(1), 137–143, doi:10.1016/S0377-2217(97)00163-X). Deterministic: one
 * {@link SplittableRandom} from the seed, draws in sequence. Time O(draws · cost(rank)); the standard error of each
 * probability falls as 1 / sqrt(draws).
 */
public final class WeightMonteCarlo {

    /** Draws when the caller has no reason to choose: standard error at most 0.005 (0.5 percentage points). */
    public static final int DEFAULT_DRAWS = 10_000;
    /** Most draws accepted, to bound the running time. */
    public static final int MAX_DRAWS = 1_000_000;

    private final RankingMethod method;
    private final int draws;
    private final long seed;

    public WeightMonteCarlo(RankingMethod method, int draws, long seed) {
        this.method = Objects.requireNonNull(method, "method");
        if (draws < 1 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("draws must be within 1.." + MAX_DRAWS + ", got " + draws);
        }
        this.draws = draws;
        this.seed = seed;
    }

    public FirstPlaceProbabilities run(DecisionMatrix matrix) {
        SplittableRandom random = new SplittableRandom(seed);
        int m = matrix.alternativeCount();
        int n = matrix.criterionCount();
        long[] first = new long[m];
        double[] w = new double[n];
        for (int d = 0; d < draws; d++) {
            for (int k = 0; k < n; k++) {
                w[k] = -Math.log(1.0 - random.nextDouble());
            }
            first[method.rank(matrix, Weights.of(w)).top()]++;
        }
        List<Double> p = new ArrayList<>();
        List<Double> se = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            double share = (double) first[i] / draws;
            p.add(share);
            se.add(Math.sqrt(share * (1 - share) / draws));
        }
        return new FirstPlaceProbabilities(matrix.alternatives(), p, se, draws, seed, "weights uniform on the "
                + "simplex (Dirichlet(1,...,1)), " + draws + " draws, seed " + seed + ", method " + method.code()
                + "; ties to the earlier row");
    }
}
