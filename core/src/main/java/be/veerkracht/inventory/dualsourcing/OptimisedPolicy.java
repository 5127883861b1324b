package be.veerkracht.inventory.dualsourcing;

/**
 * The best policy of one family and how it was found.
 *
 * @param policy the policy with its optimised parameters
 * @param cost its exact cost (stationary distribution of its chain)
 * @param searched the parameter ranges searched, and why they do not bind
 * @param rangeBinds true if the best parameters lie on the edge of a range that could not be shown exhaustive
 * @param chainsEvaluated Markov chains solved during the search
 */
public record OptimisedPolicy(DualSourcingPolicy policy, ChainCost cost, String searched, boolean rangeBinds,
        int chainsEvaluated) {
}
