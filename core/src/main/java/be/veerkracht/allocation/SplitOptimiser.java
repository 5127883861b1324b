package be.veerkracht.allocation;

/**
 * Finds the quantities per source that minimise (1 − λ)·E[cost] + λ·CVaR<sub>α</sub>[cost] of one part's
 * {@link AllocationProblem} subject to its constraints ({@link SplitConstraints}). Implementations: the exact
 * {@link CvarLpSplitOptimiser} (LP, or MIP with minimum shares) and the brute-force {@link GridSearchSplitOptimiser}
 * (the test oracle for small cases).
 */
public interface SplitOptimiser {

    /**
     * The best split, evaluated on the problem's scenarios by {@link SplitEvaluator}.
     *
     * @throws IllegalStateException when the problem has no feasible split at all
     */
    SplitOutcome optimise(AllocationProblem problem, RiskAppetite risk);
}
