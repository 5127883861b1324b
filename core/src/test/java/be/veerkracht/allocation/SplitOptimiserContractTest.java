package be.veerkracht.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants every {@link SplitOptimiser} keeps, on seeded random small problems: the split is feasible, the
 * objective is (1 − λ)·E + λ·CVaR, CVaR ≥ E, and no fixed rule that is feasible (current, 80/20, 50/50, all to one
 * source) does better than the optimum (beyond the implementation's own {@link #tolerance}).
 */
abstract class SplitOptimiserContractTest {

    /** The implementation under test. */
    abstract SplitOptimiser createOptimiser();

    /** How far above a feasible fixed split the optimum may be, as a share of the objective. */
    abstract double tolerance();

    static List<AllocationProblem> randomProblems(long seed, int count) {
        Random random = new Random(seed);
        List<AllocationProblem> problems = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            int n = 2 + random.nextInt(2);
            List<AllocationSource> sources = new ArrayList<>();
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                double capacity = 50 + 10 * random.nextInt(8);
                sources.add(new AllocationSource("S" + i, "S" + i, 1 + random.nextInt(5), capacity,
                        random.nextBoolean() ? capacity : null, random.nextInt(30), i == 0 ? 1 : 0, false, 0, null,
                        null, java.util.Set.of(), be.veerkracht.compliance.SourcingPermission.Verdict.ALLOWED));
                p[i] = 0.05 * (1 + random.nextInt(6));
            }
            ScenarioSet scenarios = partial(IndependentFailures.enumerate(p), 0.25 + 0.25 * random.nextInt(4));
            AllocationProblem.Ordering ordering = random.nextBoolean() ? AllocationProblem.Ordering.SHARES_OF_DEMAND
                    : AllocationProblem.Ordering.FREE_QUANTITIES;
            problems.add(new AllocationProblem("R" + c, 100, 5 + random.nextInt(20), sources, scenarios, ordering,
                    java.util.Map.of(), 0, ConcentrationLimits.NONE, ExportPolicy.DEFAULT));
        }
        return problems;
    }

    /** The same scenarios with a down source out for {@code fraction} of the year instead of all of it. */
    static ScenarioSet partial(ScenarioSet all, double fraction) {
        double[][] out = new double[all.size()][];
        for (int k = 0; k < all.size(); k++) {
            out[k] = all.outFraction()[k].clone();
            for (int i = 0; i < out[k].length; i++) {
                out[k][i] *= fraction;
            }
        }
        return new ScenarioSet(out, all.probability(), all.method(), all.sampleSize());
    }

    @Test
    void the_optimum_is_feasible_consistent_and_no_worse_than_any_feasible_fixed_split() {
        SplitOptimiser optimiser = createOptimiser();
        RiskAppetite risk = new RiskAppetite(0.4, 0.9);
        for (AllocationProblem problem : randomProblems(20_261_128L, 25)) {
            SplitOutcome optimum = optimiser.optimise(problem, risk);
            double[] x = problem.sources().stream().mapToDouble(s -> optimum.units(s.id())).toArray();
            assertThat(SplitConstraints.feasible(problem, x, true)).as(problem.partId()).isTrue();
            assertThat(optimum.objectiveEur()).isCloseTo(risk.objective(optimum.expectedCostEur(), optimum.cvarEur()),
                    within(1e-6));
            assertThat(optimum.cvarEur()).isGreaterThanOrEqualTo(optimum.expectedCostEur() - 1e-6);
            SplitEvaluator evaluator = new SplitEvaluator(problem);
            for (double[] fixed : fixedSplits(problem)) {
                if (SplitConstraints.feasible(problem, fixed, true)) {
                    assertThat(optimum.objectiveEur()).as(problem.partId())
                            .isLessThanOrEqualTo(evaluator.evaluate(fixed, risk).objectiveEur()
                                    * (1 + tolerance()) + 1e-6);
                }
            }
        }
    }

    @Test
    void a_source_export_control_excludes_gets_nothing() {
        AllocationSource cheapForbidden = new AllocationSource("RU1", "RU1", 1, null, null, 0, 0, true, 0, "RU",
                null, java.util.Set.of(), be.veerkracht.compliance.SourcingPermission.Verdict.FORBIDDEN);
        AllocationProblem problem = Problems.shares(100, 10, List.of(cheapForbidden, Problems.source("DE1", 3, null)),
                IndependentFailures.enumerate(0.01, 0.1));
        SplitOutcome optimum = createOptimiser().optimise(problem, new RiskAppetite(0.5, 0.95));
        assertThat(optimum.units("RU1")).isZero();
        assertThat(optimum.units("DE1")).isCloseTo(100, within(1e-6));
    }

    private static List<double[]> fixedSplits(AllocationProblem problem) {
        List<double[]> splits = new ArrayList<>();
        splits.add(SplitRules.current(problem));
        splits.add(SplitRules.twoCheapest(problem, SplitRules.EIGHTY));
        splits.add(SplitRules.twoCheapest(problem, SplitRules.HALF));
        for (int i = 0; i < problem.sources().size(); i++) {
            double[] one = new double[problem.sources().size()];
            one[i] = problem.demandUnits();
            splits.add(one);
        }
        splits.removeIf(java.util.Objects::isNull);
        return splits;
    }
}
