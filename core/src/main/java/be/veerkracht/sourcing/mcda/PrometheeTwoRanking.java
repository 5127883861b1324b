package be.veerkracht.sourcing.mcda;

import java.util.ArrayList;
import java.util.List;

/**
 * PROMETHEE II, a complete outranking. For alternatives a, b: {@code pi(a, b) = sum_j w_j P_j(d_j(a, b))}, with
 * {@code d_j} the difference in criterion j turned so that positive means a is better, and {@code P_j} the
 * criterion's {@link PreferenceFunction}. Leaving flow {@code phi+(a) = sum_b pi(a, b) / (m - 1)}, entering flow
 * {@code phi-(a) = sum_b pi(b, a) / (m - 1)}; the score is the net flow {@code phi(a) = phi+(a) - phi-(a)} in
 * [-1, 1]. Time O(m^2 n). No normalisation: thresholds are in the criterion's unit, so a positive scaling of a
 * column with usual preference functions changes nothing. Limits: ranks can reverse when an alternative is added or
 * removed; with one alternative the flows are 0.
 *
 * <p>Brans, J. P. and Vincke, Ph. (1985), "A preference ranking organisation method (the PROMETHEE method for
 * multiple criteria decision-making)", Management Science 31(6), 647–656, doi:10.1287/mnsc.31.6.647.
 */
public final class PrometheeTwoRanking implements RankingMethod {

    public static final String CODE = "promethee";
    static final String CITATION = "Brans & Vincke (1985), A preference ranking organisation method, Management "
            + "Science 31(6) 647-656, doi:10.1287/mnsc.31.6.647";

    private final List<PreferenceFunction> functions;

    /** @param functions one per criterion, in criterion order; an empty list means usual for every criterion */
    public PrometheeTwoRanking(List<PreferenceFunction> functions) {
        this.functions = List.copyOf(functions);
    }

    /** The usual preference function (type I) on every criterion. */
    public PrometheeTwoRanking() {
        this(List.of());
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Ranking rank(DecisionMatrix matrix, Weights weights) {
        weights.requireFits(matrix);
        int n = matrix.criterionCount();
        List<PreferenceFunction> f = functions.isEmpty()
                ? java.util.Collections.nCopies(n, PreferenceFunction.usual()) : functions;
        if (f.size() != n) {
            throw new IllegalArgumentException(f.size() + " preference functions for " + n + " criteria");
        }
        int m = matrix.alternativeCount();
        double[] leaving = new double[m];
        double[] entering = new double[m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                if (a == b) {
                    continue;
                }
                double pi = 0;
                for (int j = 0; j < n; j++) {
                    double d = matrix.value(a, j) - matrix.value(b, j);
                    pi += weights.get(j) * f.get(j).of(matrix.type(j) == CriterionType.BENEFIT ? d : -d);
                }
                leaving[a] += pi;
                entering[b] += pi;
            }
        }
        double[] net = new double[m];
        for (int a = 0; a < m; a++) {
            net[a] = m == 1 ? 0 : (leaving[a] - entering[a]) / (m - 1);
        }
        List<String> assumptions = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            assumptions.add(matrix.criteria().get(j).name() + ": " + f.get(j).describe());
        }
        assumptions.add("ties broken by input order");
        return Ranking.of(matrix.alternatives(), net, new RankingExplanation(CODE, "none",
                "phi(a) = (sum_b pi(a,b) - sum_b pi(b,a)) / (m - 1), pi(a,b) = sum_j w_j P_j(d_j(a,b))",
                CITATION, weights.values(), assumptions));
    }
}
