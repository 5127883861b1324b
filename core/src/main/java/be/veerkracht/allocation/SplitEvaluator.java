package be.veerkracht.allocation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates a fixed split on a problem's scenarios: the cost in each scenario by the greedy {@link Recourse} (the
 * per-scenario optimum), then E[cost], CVaR<sub>α</sub> ({@link DiscreteCvar}), the objective and E[shortage]. The
 * annualised qualification cost of every candidate given a positive quantity is added to every scenario. Capacities
 * are not checked (a rule such as 50/50 may break them; {@link SplitRules} says so). O(K·n log n).
 */
public final class SplitEvaluator {

    /** Below this many units a source counts as unused (solver round-off), units per year. */
    public static final double UNUSED_UNITS = 1e-6;

    private final AllocationProblem problem;

    public SplitEvaluator(AllocationProblem problem) {
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public SplitOutcome evaluate(double[] units, RiskAppetite risk) {
        if (units.length != problem.sources().size()) {
            throw new IllegalArgumentException("need a quantity per source");
        }
        ScenarioSet scenarios = problem.scenarios();
        double fixed = 0;
        Map<String, Double> bySource = new LinkedHashMap<>();
        for (int i = 0; i < units.length; i++) {
            AllocationSource source = problem.sources().get(i);
            if (units[i] > UNUSED_UNITS) {
                fixed += source.qualificationCostEurPerYear();
            }
            bySource.put(source.id(), units[i]);
        }
        int size = scenarios.size();
        double[] cost = new double[size];
        double expected = 0;
        double shortage = 0;
        for (int k = 0; k < size; k++) {
            double[] outcome = Recourse.costAndShortage(problem, units, k);
            cost[k] = outcome[0] + fixed;
            expected += scenarios.probability(k) * cost[k];
            shortage += scenarios.probability(k) * outcome[1];
        }
        double cvar = DiscreteCvar.of(cost, scenarios.probability(), risk.cvarAlpha());
        return new SplitOutcome(bySource, expected, cvar, risk.objective(expected, cvar), shortage,
                standardError(cost, expected));
    }

    /** √(s²/N) over the N drawn scenarios (merged ones counted by their weight); 0 when enumerated exactly. */
    private double standardError(double[] cost, double mean) {
        ScenarioSet scenarios = problem.scenarios();
        int n = scenarios.sampleSize();
        if (scenarios.method() == ScenarioSet.Method.EXACT_ENUMERATION || n < 2) {
            return 0;
        }
        double squares = 0;
        for (int k = 0; k < cost.length; k++) {
            double gap = cost[k] - mean;
            squares += scenarios.probability(k) * gap * gap;
        }
        double variance = squares * n / (n - 1);
        return Math.sqrt(variance / n);
    }
}
