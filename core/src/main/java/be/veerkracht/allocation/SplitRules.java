package be.veerkracht.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fixed splits the optimum is compared with, on the same scenarios:
 * <ul>
 *   <li>current: today's shares of the active sources (normalised to sum to 1) times demand;</li>
 *   <li>80/20: 80 % of demand to the cheaper of the two cheapest active sources, 20 % to the other;</li>
 *   <li>50/50: half to each of the same two.</li>
 * </ul>
 * The two cheapest are taken among the active sources export control admits (price, then list order); when fewer
 * than two are active, admitted standby sources and candidates complete the pair, cheapest first; with fewer than
 * two admitted sources there is no 80/20 or 50/50. Rules ignore capacities: {@link SplitConstraints} tells whether
 * they break one.
 */
public final class SplitRules {

    /** The larger share of the 80/20 rule. */
    public static final double EIGHTY = 0.8;
    /** Each share of the 50/50 rule. */
    public static final double HALF = 0.5;

    private SplitRules() {
    }

    /** Today's split, or null when the part has no active source. */
    public static double[] current(AllocationProblem problem) {
        List<AllocationSource> sources = problem.sources();
        double total = sources.stream().filter(AllocationSource::active).mapToDouble(AllocationSource::currentShare)
                .sum();
        if (total <= 0) {
            return null;
        }
        double[] x = new double[sources.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = sources.get(i).active() ? sources.get(i).currentShare() / total * problem.demandUnits() : 0;
        }
        return x;
    }

    /** {@code larger} of demand to the cheaper of the two cheapest, the rest to the other; null without a pair. */
    public static double[] twoCheapest(AllocationProblem problem, double larger) {
        int[] pair = cheapestPair(problem);
        if (pair == null) {
            return null;
        }
        double[] x = new double[problem.sources().size()];
        x[pair[0]] = larger * problem.demandUnits();
        x[pair[1]] = (1 - larger) * problem.demandUnits();
        return x;
    }

    /** Indices of the two cheapest admitted sources, cheaper first, active ones before the rest; null when none. */
    static int[] cheapestPair(AllocationProblem problem) {
        List<AllocationSource> sources = problem.sources();
        Comparator<Integer> byPrice = Comparator.comparingDouble(i -> sources.get(i).priceEurPerUnit());
        List<Integer> active = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (problem.exportPolicy().admits(sources.get(i).verdict())) {
                (sources.get(i).active() ? active : others).add(i);
            }
        }
        active.sort(byPrice);
        others.sort(byPrice);
        List<Integer> pick = new ArrayList<>(active.subList(0, Math.min(2, active.size())));
        for (int i = 0; pick.size() < 2 && i < others.size(); i++) {
            pick.add(others.get(i));
        }
        if (pick.size() < 2) {
            return null;
        }
        pick.sort(byPrice);
        return new int[] {pick.get(0), pick.get(1)};
    }
}
