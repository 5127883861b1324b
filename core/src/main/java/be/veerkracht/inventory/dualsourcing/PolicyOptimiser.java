package be.veerkracht.inventory.dualsourcing;

import java.util.function.IntFunction;

/**
 * Finds the best parameters of each heuristic family by exact evaluation ({@link PolicyEvaluation}).
 *
 * <p>Every family has one "level" parameter (S_e, z_e, S) that only shifts the chain: with the other parameters
 * fixed, the stationary distribution of y = x + q_e moves with the level and E[q_e] does not change, so
 * cost(level) = c_e·E[q_e] + Σ_y π₀(y)·L(y + level) with π₀ from the chain at level 0. L is convex, so the best
 * level is found exactly by descent from 0, with no range at all. The other parameters are searched over ranges
 * that are exhaustive:
 * <ul>
 *   <li>SI: S_r − S_e in 0..max D (from max D on, IP never falls below S_e: the same cost);</li>
 *   <li>DI: z_r − z_e in 0..l_r·max D (from l_r·max D on, x never falls below z_e: no expedited order);</li>
 *   <li>CDI: q̄ in 0..max D (from max D on the cap never binds: DI), S_r − S_e in 0..(l_r + 1)·max D, widened by
 *       max D while the best lies in the last max D values, at most {@link #CDI_WIDENINGS} times (the cost
 *       tends to that of TBS with Q = q̄ as S_r − S_e grows);</li>
 *   <li>TBS: Q in 0..⌈E[D]⌉ − 1 (Q ≥ E[D] is unstable).</li>
 * </ul>
 * Cost: one chain per value of the non-level parameters (SI: max D + 1, DI: l_r·max D + 1, CDI about
 * (l_r + 1)·(max D + 1)², TBS: ⌈E[D]⌉).
 */
public final class PolicyOptimiser {

    /** How often the CDI search widens its S_r − S_e range. */
    public static final int CDI_WIDENINGS = 3;

    private final DualSourcingInstance instance;
    private final PolicyEvaluation evaluation;
    private final int maxDemand;

    public PolicyOptimiser(DualSourcingInstance instance) {
        this.instance = instance;
        this.evaluation = new PolicyEvaluation(instance);
        this.maxDemand = instance.demand().max();
    }

    /** The best policy of the family with this code: si, di, cdi or tbs. */
    public OptimisedPolicy optimise(String code) throws TooManyStatesException {
        switch (code) {
            case "si":
                return singleIndex();
            case "di":
                return dualIndex();
            case "cdi":
                return cappedDualIndex();
            case "tbs":
                return tailoredBaseSurge();
            default:
                throw new IllegalArgumentException("unknown policy '" + code + "'; expected si, di, cdi or tbs");
        }
    }

    public OptimisedPolicy singleIndex() throws TooManyStatesException {
        Search search = new Search();
        for (int delta = 0; delta <= maxDemand; delta++) {
            int d = delta;
            search.consider(level -> new SingleIndexPolicy(level, level + d));
        }
        return search.result("regular_base_stock - expedited_base_stock in 0.." + maxDemand
                + " (exhaustive: from max D on, no expedited order); expedited_base_stock by convex descent", false);
    }

    public OptimisedPolicy dualIndex() throws TooManyStatesException {
        Search search = new Search();
        int top = instance.regularLeadTime() * maxDemand;
        for (int delta = 0; delta <= top; delta++) {
            int d = delta;
            search.consider(level -> new DualIndexPolicy(level, level + d));
        }
        return search.result("regular_order_up_to - expedited_order_up_to in 0.." + top
                + " (exhaustive: from l_r·max D on, no expedited order); expedited_order_up_to by convex descent",
                false);
    }

    public OptimisedPolicy cappedDualIndex() throws TooManyStatesException {
        Search search = new Search();
        int top = (instance.regularLeadTime() + 1) * maxDemand;
        int from = 0;
        int bestDelta = 0;
        for (int widening = 0; ; widening++) {
            for (int delta = from; delta <= top; delta++) {
                for (int cap = 0; cap <= maxDemand; cap++) {
                    int d = delta;
                    int c = cap;
                    if (search.consider(level -> new CappedDualIndexPolicy(level, level + d, c))) {
                        bestDelta = delta;
                    }
                }
            }
            if (bestDelta <= top - maxDemand || widening == CDI_WIDENINGS) {
                break;
            }
            from = top + 1;
            top += maxDemand;
        }
        boolean binds = bestDelta > top - maxDemand;
        return search.result("regular_cap in 0.." + maxDemand + " (exhaustive: from max D on, DI); "
                + "regular_order_up_to - expedited_order_up_to in 0.." + top + " (best "
                + bestDelta + (binds ? ", near the end of the range" : ", inside the range")
                + "); expedited_order_up_to by convex descent", binds);
    }

    public OptimisedPolicy tailoredBaseSurge() throws TooManyStatesException {
        Search search = new Search();
        double mean = instance.demand().mean();
        int top = (int) Math.ceil(mean - 1e-9) - 1;
        for (int q = 0; q <= top; q++) {
            int quantity = q;
            search.consider(level -> new TailoredBaseSurgePolicy(quantity, level));
        }
        return search.result("regular_quantity in 0.." + top + " (exhaustive: Q >= E[D] is unstable); "
                + "expedited_order_up_to by convex descent", false);
    }

    /** The running best over shapes; each shape is a family of policies indexed by their level. */
    private final class Search {
        private DualSourcingPolicy best;
        private double bestCost = Double.POSITIVE_INFINITY;
        private int chains;

        /** Evaluates the shape at level 0, finds its best level; true if it is the best so far. */
        boolean consider(IntFunction<DualSourcingPolicy> shape) throws TooManyStatesException {
            ChainCost atZero = evaluation.evaluate(shape.apply(0));
            chains++;
            int level = 0;
            double cost = shifted(atZero, 0);
            int step = shifted(atZero, 1) < cost ? 1 : -1;
            while (true) {
                double next = shifted(atZero, level + step);
                if (next >= cost) {
                    break;
                }
                cost = next;
                level += step;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = shape.apply(level);
                return true;
            }
            return false;
        }

        OptimisedPolicy result(String searched, boolean binds) throws TooManyStatesException {
            ChainCost exact = evaluation.evaluate(best);
            return new OptimisedPolicy(best, exact, searched, binds, chains + 1);
        }
    }

    /** c_e·E[q_e] + Σ_y π₀(y)·L(y + level). */
    private double shifted(ChainCost atZero, int level) {
        double cost = instance.expeditedPremium() * atZero.expeditedPerPeriod();
        double[] distribution = atZero.orderUpTo();
        for (int i = 0; i < distribution.length; i++) {
            if (distribution[i] > 0) {
                cost += distribution[i] * instance.expectedInventoryCost(atZero.orderUpToMin() + i + level);
            }
        }
        return cost;
    }
}
