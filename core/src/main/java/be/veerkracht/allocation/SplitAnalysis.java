package be.veerkracht.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one part's split needs: the optimum by the given {@link SplitOptimiser}, today's split, 80/20 and 50/50
 * ({@link SplitRules}) on the same scenarios, the frontier of E[cost] against CVaR over λ = 0, 1/(m−1), …, 1 for
 * m frontier points, an out-of-sample evaluation when an independent sample is given (sample average
 * approximation: A. Shapiro, D. Dentcheva, A. Ruszczyński, Lectures on Stochastic Programming, 2nd ed., SIAM 2014,
 * ch. 5, doi:10.1137/1.9781611973433; the optimum's E[cost] on N fresh scenarios with its standard error √(s²/N)
 * estimates its true expected cost without the optimiser's in-sample bias), and the explanation. Cost: (1 + m)
 * optimisations and four evaluations per part.
 */
public final class SplitAnalysis {

    private final SplitOptimiser optimiser;
    private final int frontierPoints;

    /** @param frontierPoints how many λ on the frontier: 0 (none) or at least 2 */
    public SplitAnalysis(SplitOptimiser optimiser, int frontierPoints) {
        this.optimiser = Objects.requireNonNull(optimiser, "optimiser");
        if (frontierPoints < 0 || frontierPoints == 1) {
            throw new IllegalArgumentException("frontier points must be 0 or at least 2, got " + frontierPoints);
        }
        this.frontierPoints = frontierPoints;
    }

    /** The part's answer; {@code independent}: the same part on an independent sample, or null. */
    public PartAllocation analyse(AllocationProblem problem, RiskAppetite risk, ScenarioSet independent) {
        SplitOutcome optimum = optimiser.optimise(problem, risk);
        SplitEvaluator evaluator = new SplitEvaluator(problem);
        double[] current = SplitRules.current(problem);
        double[] eighty = SplitRules.twoCheapest(problem, SplitRules.EIGHTY);
        double[] half = SplitRules.twoCheapest(problem, SplitRules.HALF);
        List<FrontierPoint> frontier = new ArrayList<>();
        for (int p = 0; p < frontierPoints; p++) {
            double lambda = (double) p / (frontierPoints - 1);
            SplitOutcome point = lambda == risk.cvarWeight() ? optimum
                    : optimiser.optimise(problem, risk.withWeight(lambda));
            frontier.add(new FrontierPoint(lambda, point.expectedCostEur(), point.cvarEur(), point.unitsBySource()));
        }
        SplitOutcome outOfSample = null;
        if (independent != null) {
            double[] x = problem.sources().stream().mapToDouble(s -> optimum.units(s.id())).toArray();
            outOfSample = new SplitEvaluator(problem.withScenarios(independent)).evaluate(x, risk);
        }
        return new PartAllocation(problem.partId(), problem.demandUnits(), problem.shortageCostEurPerUnit(),
                problem.sources().stream().map(AllocationSource::id).toList(),
                problem.sources().stream().map(AllocationSource::priceEurPerUnit).toList(), risk, problem.scenarios().method(),
                problem.scenarios().sampleSize(), problem.scenarios().merged().size(), optimum,
                current == null ? null : evaluator.evaluate(current, risk),
                eighty == null ? null : evaluator.evaluate(eighty, risk),
                half == null ? null : evaluator.evaluate(half, risk), frontier, outOfSample,
                new SplitExplainer(problem).explain(optimum, eighty, half));
    }
}
