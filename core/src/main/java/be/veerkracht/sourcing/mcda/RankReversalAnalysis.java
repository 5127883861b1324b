package be.veerkracht.sourcing.mcda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rank reversal: does the relative order of two alternatives change when a third is removed or added? A method
 * satisfying independence of irrelevant alternatives never reverses; TOPSIS, PROMETHEE II and the weighted sum with
 * min-max normalisation can, because the normalisation, ideal points or flows depend on the whole set (Wang, Y.-M.
 * and Luo, Y. (2009), "On rank reversal in decision analysis", Mathematical and Computer Modelling 49(5–6),
 * 1221–1229, doi:10.1016/j.mcm.2008.06.019). Time: one ranking per alternative removed, O(m) rankings; pairs
 * compared O(m^2) each, with the places indexed once per ranking.
 */
public final class RankReversalAnalysis {

    private final RankingMethod method;
    private final Weights weights;

    public RankReversalAnalysis(RankingMethod method, Weights weights) {
        this.method = Objects.requireNonNull(method, "method");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** One result per alternative, removing it in turn (needs at least 3 alternatives to say anything). */
    public List<RankReversal> onRemoval(DecisionMatrix matrix) {
        Ranking full = method.rank(matrix, weights);
        List<RankReversal> results = new ArrayList<>();
        for (int removed = 0; removed < matrix.alternativeCount(); removed++) {
            if (matrix.alternativeCount() < 2) {
                break;
            }
            Ranking reduced = method.rank(matrix.without(removed), weights);
            List<String> kept = reduced.alternatives();
            results.add(new RankReversal("removed", matrix.alternatives().get(removed),
                    swaps(full, reduced, kept)));
        }
        return List.copyOf(results);
    }

    /** The effect of adding {@code name} with {@code row} to the matrix. */
    public RankReversal onAddition(DecisionMatrix matrix, String name, List<Double> row) {
        Ranking before = method.rank(matrix, weights);
        Ranking after = method.rank(matrix.with(name, row), weights);
        return new RankReversal("added", name, swaps(before, after, matrix.alternatives()));
    }

    /** Pairs of {@code common} alternatives ordered one way in {@code a} and the other way in {@code b}. */
    private static List<RankReversal.Swap> swaps(Ranking a, Ranking b, List<String> common) {
        Map<String, Integer> placeInA = places(a);
        Map<String, Integer> placeInB = places(b);
        List<RankReversal.Swap> swaps = new ArrayList<>();
        for (int x = 0; x < common.size(); x++) {
            for (int y = x + 1; y < common.size(); y++) {
                String p = common.get(x);
                String q = common.get(y);
                boolean pAboveInA = placeInA.get(p) < placeInA.get(q);
                boolean pAboveInB = placeInB.get(p) < placeInB.get(q);
                if (pAboveInA != pAboveInB) {
                    swaps.add(pAboveInA ? new RankReversal.Swap(p, q) : new RankReversal.Swap(q, p));
                }
            }
        }
        return swaps;
    }

    /** Name to place (0 = best), computed once per ranking. */
    private static Map<String, Integer> places(Ranking ranking) {
        Map<String, Integer> places = new HashMap<>();
        for (int k = 0; k < ranking.order().size(); k++) {
            places.put(ranking.alternatives().get(ranking.order().get(k)), k);
        }
        return places;
    }
}
