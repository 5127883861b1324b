package be.veerkracht.sourcing.mcda;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * For each criterion j, the interval of its weight t in which the top choice stays the same, the other weights
 * rescaled in proportion: {@code w_k(t) = w_k (1 - t) / (1 - w_j)} for k ≠ j (equal shares {@code (1 - t) / (n - 1)}
 * when {@code w_j = 1}). This is the one-at-a-time weight sensitivity of Triantaphyllou and Sánchez (1997), "A
 * sensitivity analysis approach for some deterministic multi-criteria decision-making methods", Decision Sciences
 * 28(1), 151–194, doi:10.1111/j.1540-5915.1997.tb01306.x.
 *
 * <p>For the {@link WeightedSumRanking} every score is linear in t (the normalisation does not depend on the
 * weights), so the breakpoints are solved exactly: O(m n^2). For other methods the top choice is evaluated on a
 * grid of {@link #SCAN_STEPS} steps from the current weight to 0 and to 1, and the first change is bracketed and
 * found by bisection to {@link #BISECTION_TOLERANCE}: O(n (SCAN_STEPS + log(1/tol)) cost(rank)). Limit of the scan: a
 * change that reverses itself within one grid step (1/{@value #SCAN_STEPS} of the weight range) is not seen.
 */
public final class WeightSensitivity {

    /** Grid steps from the current weight to each end before bisection (non-linear methods). */
    public static final int SCAN_STEPS = 1000;
    /** Width, in weight units (0..1), to which a breakpoint is bisected. */
    public static final double BISECTION_TOLERANCE = 1e-9;

    private final RankingMethod method;

    public WeightSensitivity(RankingMethod method) {
        this.method = Objects.requireNonNull(method, "method");
    }

    /** One interval per criterion, in criterion order. */
    public List<WeightInterval> intervals(DecisionMatrix matrix, Weights weights) {
        Ranking now = method.rank(matrix, weights);
        List<WeightInterval> intervals = new ArrayList<>();
        for (int j = 0; j < matrix.criterionCount(); j++) {
            intervals.add(method instanceof WeightedSumRanking wsm
                    ? exact(wsm, matrix, weights, j, now.top())
                    : bisected(matrix, weights, j, now.top()));
        }
        return List.copyOf(intervals);
    }

    /** The weights with criterion j at t, the others rescaled in proportion. */
    static Weights moved(Weights weights, int j, double t) {
        int n = weights.size();
        double[] w = new double[n];
        double rest = 1 - weights.get(j);
        for (int k = 0; k < n; k++) {
            w[k] = k == j ? t : rest > 0 ? weights.get(k) * (1 - t) / rest : (1 - t) / (n - 1);
        }
        if (n == 1) {
            w[0] = 1;
        }
        return Weights.of(w);
    }

    private WeightInterval exact(WeightedSumRanking wsm, DecisionMatrix matrix, Weights weights, int j, int top) {
        double[][] r = wsm.normalised(matrix);
        int m = r.length;
        double[] c = new double[m]; // score of the other criteria at t = 0
        Weights atZero = moved(weights, j, 0);
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < r[i].length; k++) {
                if (k != j) {
                    c[i] += atZero.get(k) * r[i][k];
                }
            }
        }
        double lower = 0;
        double upper = 1;
        int below = -1;
        int above = -1;
        for (int b = 0; b < m; b++) {
            if (b == top) {
                continue;
            }
            // score_top(t) - score_b(t) = alpha + beta t
            double alpha = c[top] - c[b];
            double beta = (r[top][j] - r[b][j]) - alpha;
            if (beta > 0 && -alpha / beta > lower) {
                lower = -alpha / beta;
                below = b;
            } else if (beta < 0 && -alpha / beta < upper) {
                upper = -alpha / beta;
                above = b;
            }
        }
        double w = weights.get(j);
        return new WeightInterval(matrix.criteria().get(j).name(), w, Math.min(lower, w), Math.max(upper, w),
                matrix.alternatives().get(top), below < 0 ? null : matrix.alternatives().get(below),
                above < 0 ? null : matrix.alternatives().get(above), true);
    }

    private WeightInterval bisected(DecisionMatrix matrix, Weights weights, int j, int top) {
        double w = weights.get(j);
        Edge up = edge(matrix, weights, j, top, w, 1);
        Edge down = edge(matrix, weights, j, top, w, 0);
        return new WeightInterval(matrix.criteria().get(j).name(), w, down.at, up.at,
                matrix.alternatives().get(top), down.challenger < 0 ? null : matrix.alternatives().get(down.challenger),
                up.challenger < 0 ? null : matrix.alternatives().get(up.challenger), false);
    }

    private record Edge(double at, int challenger) {
    }

    /** The last t from {@code from} towards {@code end} with the same top, and who takes over after it. */
    private Edge edge(DecisionMatrix matrix, Weights weights, int j, int top, double from, double end) {
        double step = (end - from) / SCAN_STEPS;
        if (step == 0) {
            return new Edge(from, -1);
        }
        double same = from;
        for (int k = 1; k <= SCAN_STEPS; k++) {
            double t = k == SCAN_STEPS ? end : from + k * step;
            int now = topAt(matrix, weights, j, t);
            if (now != top) {
                double changed = t;
                int challenger = now;
                while (Math.abs(changed - same) > BISECTION_TOLERANCE) {
                    double mid = (same + changed) / 2;
                    int atMid = topAt(matrix, weights, j, mid);
                    if (atMid == top) {
                        same = mid;
                    } else {
                        changed = mid;
                        challenger = atMid;
                    }
                }
                return new Edge(same, challenger);
            }
            same = t;
        }
        return new Edge(end, -1);
    }

    private int topAt(DecisionMatrix matrix, Weights weights, int j, double t) {
        return method.rank(matrix, moved(weights, j, t)).top();
    }
}
