package be.veerkracht.allocation;

/**
 * The split by exhaustive search over a grid: every combination of quantities in steps of demand / {@code steps}
 * (shares of demand: the last source takes the rest) is checked against {@link SplitConstraints} and evaluated by
 * {@link SplitEvaluator}; the lowest objective wins (first found on ties). Exact only on the grid; the test oracle
 * for {@link CvarLpSplitOptimiser} on small cases. O((steps + 1)<sup>n</sup>·K·n log n): small n only.
 */
public final class GridSearchSplitOptimiser implements SplitOptimiser {

    /** More sources than this would make the grid too large. */
    public static final int MAX_SOURCES = 4;

    private final int steps;

    /** @param steps grid points per demand, &ge; 1 (100: steps of 1 % of demand) */
    public GridSearchSplitOptimiser(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
        this.steps = steps;
    }

    @Override
    public SplitOutcome optimise(AllocationProblem problem, RiskAppetite risk) {
        int n = problem.sources().size();
        if (n > MAX_SOURCES) {
            throw new IllegalArgumentException("grid search takes at most " + MAX_SOURCES + " sources, got " + n);
        }
        double coverable = 0;
        for (int i = 0; i < n; i++) {
            coverable += problem.upperBound(i);
        }
        boolean demandCoverable = coverable >= problem.demandUnits() - SplitConstraints.TOLERANCE_UNITS;
        SplitEvaluator evaluator = new SplitEvaluator(problem);
        boolean shares = problem.ordering() == AllocationProblem.Ordering.SHARES_OF_DEMAND;
        int free = shares ? n - 1 : n;
        double step = problem.demandUnits() / steps;
        int[] index = new int[n];
        SplitOutcome best = null;
        while (true) {
            double[] x = new double[n];
            double used = 0;
            for (int i = 0; i < free; i++) {
                x[i] = index[i] * step;
                used += x[i];
            }
            if (shares) {
                x[n - 1] = Math.max(0, problem.demandUnits() - used);
            }
            if (SplitConstraints.feasible(problem, x, demandCoverable)) {
                SplitOutcome outcome = evaluator.evaluate(x, risk);
                if (best == null || outcome.objectiveEur() < best.objectiveEur() - 1e-9) {
                    best = outcome;
                }
            }
            int i = 0;
            while (i < free && ++index[i] > steps) {
                index[i++] = 0;
            }
            if (i == free) {
                break;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no feasible grid point for part " + problem.partId());
        }
        return best;
    }
}
