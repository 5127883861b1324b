package be.veerkracht.inventory.dualsourcing;

/**
 * The exact long-run average cost of a policy from the stationary distribution of its Markov chain.
 *
 * @param averageCost Σ π(s)·(c_e·q_e(s) + L(x + q_e(s))), money per period
 * @param expeditedPerPeriod E[q_e] under π, units per period
 * @param regularPerPeriod E[q_r] under π, units per period
 * @param states states reachable from the start state
 * @param iterations Gauss–Seidel sweeps
 * @param truncatedMass stationary probability of the states whose x was capped ({@link PolicyEvaluation}); 0 when
 *     the cap is never reached
 * @param orderUpToMin the lowest y = x + q_e in {@code orderUpTo}
 * @param orderUpTo stationary distribution of y = x + q_e: element i is P(y = orderUpToMin + i)
 */
public record ChainCost(double averageCost, double expeditedPerPeriod, double regularPerPeriod, int states,
        int iterations, double truncatedMass, int orderUpToMin, double[] orderUpTo) {

    public ChainCost {
        orderUpTo = orderUpTo.clone();
    }

    /** A copy of the stationary distribution of y. */
    @Override
    public double[] orderUpTo() {
        return orderUpTo.clone();
    }
}
