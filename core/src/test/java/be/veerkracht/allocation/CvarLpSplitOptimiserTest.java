package be.veerkracht.allocation;

import static be.veerkracht.allocation.Problems.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The LP/MIP optimiser: hand cases (independent failures, exact enumeration; the optima were computed with scipy
 * 1.x {@code linprog(method="highs")} and {@code milp} on the same Rockafellar–Uryasev formulation, scripts in the
 * comments' words), exhaustive grid search, correlation and minimum shares.
 */
class CvarLpSplitOptimiserTest extends SplitOptimiserContractTest {

    private static final RiskAppetite HALF_TAIL_90 = new RiskAppetite(0.5, 0.9);

    @Override
    SplitOptimiser createOptimiser() {
        return new CvarLpSplitOptimiser();
    }

    @Override
    double tolerance() {
        return 1e-7;
    }

    @Test
    void single_decision_hand_case_equalises_the_one_failure_years() {
        // D = 100, C = 10 EUR, A: 1 EUR, B: 2 EUR, both capacity 100 and p = 0.1, λ = 0.5, α = 0.9.
        // scipy linprog: x = (81.633, 91.837) units, objective 305.7143 EUR, E = 272.6531 EUR.
        // By hand at that x: "both up", "A down", "B down" all cost 265.3061 EUR (the optimum makes the tail flat),
        // "both down" (p = 0.01) 1,000 EUR: E = 0.99·265.3061 + 10 = 272.6531, CVaR90 = (10 + 0.09·265.3061)/0.1
        // = 338.7755, objective = (272.6531 + 338.7755)/2 = 305.7143.
        AllocationProblem problem = AllocationProblem.singleDecision(100, 10,
                List.of(AllocationSource.simple("A", 1, 100), AllocationSource.simple("B", 2, 100)),
                IndependentFailures.enumerate(0.1, 0.1));
        SplitOutcome optimum = createOptimiser().optimise(problem, HALF_TAIL_90);
        assertThat(optimum.objectiveEur()).isCloseTo(305.7142857, within(1e-5));
        assertThat(optimum.expectedCostEur()).isCloseTo(272.6530612, within(1e-4));
        assertThat(optimum.cvarEur()).isCloseTo(338.7755102, within(1e-4));
        assertThat(optimum.units("A")).isCloseTo(81.6326531, within(1e-4));
        assertThat(optimum.units("B")).isCloseTo(91.8367347, within(1e-4));
    }

    @Test
    void shares_hand_case_splits_when_the_tail_counts_and_not_when_it_does_not() {
        // the same two sources, shares summing to 1: scipy gives 47.059/52.941 units, objective 428.2353 EUR at
        // λ = 0.5, α = 0.9; at λ = 0 all to A, E = 0.9·100 + 0.1·1,000 = 190 EUR
        AllocationProblem problem = Problems.shares(100, 10, List.of(source("A", 1, 100.0), source("B", 2, 100.0)),
                IndependentFailures.enumerate(0.1, 0.1));
        SplitOutcome split = createOptimiser().optimise(problem, HALF_TAIL_90);
        assertThat(split.objectiveEur()).isCloseTo(428.2352941, within(1e-5));
        assertThat(split.units("A")).isCloseTo(47.0588235, within(1e-4));
        SplitOutcome cheapest = createOptimiser().optimise(problem, new RiskAppetite(0, 0.9));
        assertThat(cheapest.units("A")).isCloseTo(100, within(1e-6));
        assertThat(cheapest.expectedCostEur()).isCloseTo(190, within(1e-9));
    }

    @Test
    void agrees_with_exhaustive_grid_search_on_small_cases() {
        // a 1 % grid holds every vertex of these problems only approximately: the LP is never worse than the grid,
        // and the grid is within 1 % of the LP
        SplitOptimiser grid = new GridSearchSplitOptimiser(100);
        for (AllocationProblem problem : randomProblems(7, 12)) {
            if (problem.sources().size() > 2 && problem.ordering() == AllocationProblem.Ordering.FREE_QUANTITIES) {
                continue; // 101³ grid points: too slow for a unit test
            }
            SplitOutcome lp = createOptimiser().optimise(problem, HALF_TAIL_90);
            SplitOutcome exhaustive = grid.optimise(problem, HALF_TAIL_90);
            assertThat(lp.objectiveEur()).as(problem.partId()).isLessThanOrEqualTo(exhaustive.objectiveEur() + 1e-6);
            assertThat(exhaustive.objectiveEur()).as(problem.partId())
                    .isLessThanOrEqualTo(lp.objectiveEur() * 1.01 + 1e-6);
        }
    }

    @Test
    void sources_in_one_footprint_are_not_split_sources_in_two_are() {
        // one footprint: both stop together (p = 0.1); splitting cannot help in the bad year, so all goes to the
        // cheaper source: E = 0.9·100 + 0.1·1,000 = 190 EUR, CVaR90 = 1,000 EUR, objective 595 EUR (by hand).
        // Two footprints, independent: the split above, objective 428.2353 EUR (scipy).
        List<AllocationSource> sameFootprint = List.of(source("S01", 1, 100.0, "TAIWAN_STRAIT"),
                source("S03", 2, 100.0, "TAIWAN_STRAIT"));
        AllocationProblem together = Problems.shares(100, 10, sameFootprint, Problems.together(0.1));
        SplitOutcome correlated = createOptimiser().optimise(together, HALF_TAIL_90);
        assertThat(correlated.units("S01")).isCloseTo(100, within(1e-6));
        assertThat(correlated.objectiveEur()).isCloseTo(595, within(1e-6));
        PartAllocation explained = new SplitAnalysis(createOptimiser(), 0).analyse(together, HALF_TAIL_90, null);
        assertThat(explained.explanation()).anyMatch(line -> line.key() == AllocationText.SHARED_FOOTPRINT
                && line.args().equals(List.of("S01", "S03", "TAIWAN_STRAIT")));

        AllocationProblem apart = Problems.shares(100, 10, List.of(source("S01", 1, 100.0, "TAIWAN_STRAIT"),
                source("S04", 2, 100.0)), IndependentFailures.enumerate(0.1, 0.1));
        SplitOutcome independent = createOptimiser().optimise(apart, HALF_TAIL_90);
        assertThat(independent.units("S04")).isCloseTo(52.9411765, within(1e-4));
        // scipy: E = 237.6471 EUR, so CVaR90 = 2·428.2353 − 237.6471 = 618.8235 EUR against 1,000 in one footprint
        assertThat(independent.cvarEur()).isCloseTo(618.8235294, within(1e-4));
        assertThat(correlated.cvarEur()).isCloseTo(1000, within(1e-6));
    }

    @Test
    void a_minimum_share_turns_a_sliver_into_nothing() {
        // free quantities, D = 100, C = 20 EUR; A 1 EUR p 0.1, B 1.5 EUR p 0.1, C 3 EUR p 0.05, λ = 0.5, α = 0.95.
        // LP (scipy linprog): 91.89 / 91.89 / 8.11 units, objective 415.4865 EUR. With at least 30 units when used
        // (scipy milp): 100 / 95 / 0, objective 420.6250 EUR.
        AllocationProblem problem = AllocationProblem.singleDecision(100, 20,
                List.of(AllocationSource.simple("A", 1, 100), AllocationSource.simple("B", 1.5, 100),
                        AllocationSource.simple("C", 3, 100)), IndependentFailures.enumerate(0.1, 0.1, 0.05));
        RiskAppetite risk = new RiskAppetite(0.5, 0.95);
        assertThat(createOptimiser().optimise(problem, risk).objectiveEur()).isCloseTo(415.4864865, within(1e-5));
        SplitOutcome mip = createOptimiser().optimise(problem.withMinShare(0.3), risk);
        assertThat(mip.objectiveEur()).isCloseTo(420.625, within(1e-5));
        assertThat(mip.units("C")).isZero();
        assertThat(mip.units("A")).isCloseTo(100, within(1e-5));
        assertThat(mip.units("B")).isCloseTo(95, within(1e-5));
        // and the exhaustive 2-unit grid with the same rule finds nothing better
        SplitOutcome grid = new GridSearchSplitOptimiser(50).optimise(problem.withMinShare(0.3), risk);
        assertThat(mip.objectiveEur()).isLessThanOrEqualTo(grid.objectiveEur() + 1e-6);
    }

    @Test
    void a_qualification_cost_is_paid_only_when_the_candidate_is_used() {
        // the shares hand case with B a candidate costing 500 EUR a year to qualify, paid in every year: the split
        // would cost 428.2353 + 500 EUR, all to A costs (190 + 1,000)/2 = 595 EUR (by hand), so B stays unused
        AllocationSource b = new AllocationSource("B", "B", 2, 100.0, null, 0, 0, true, 500, null, null,
                java.util.Set.of(), be.veerkracht.compliance.SourcingPermission.Verdict.ALLOWED);
        AllocationProblem problem = Problems.shares(100, 10, List.of(source("A", 1, 100.0), b),
                IndependentFailures.enumerate(0.1, 0.1));
        SplitOutcome optimum = createOptimiser().optimise(problem, HALF_TAIL_90);
        assertThat(optimum.units("B")).isZero();
        assertThat(optimum.objectiveEur()).isCloseTo(595, within(1e-6));
    }

    @Test
    void concentration_and_supplier_limits_hold() {
        AllocationProblem problem = new AllocationProblem("P", 100, 10,
                List.of(source("A", 1, null, "TAIWAN_STRAIT"), source("B", 2, null, "TAIWAN_STRAIT"),
                        source("C", 4, null)), IndependentFailures.enumerate(0.01, 0.01, 0.01),
                AllocationProblem.Ordering.SHARES_OF_DEMAND, java.util.Map.of("A", 30.0), 0,
                new ConcentrationLimits(1, 1, 0.6), ExportPolicy.DEFAULT);
        SplitOutcome optimum = createOptimiser().optimise(problem, new RiskAppetite(0, 0.9));
        // expected cost only: A as far as its supplier allows (30), B up to the footprint's 60, C the rest (40)
        assertThat(optimum.units("A")).isCloseTo(30, within(1e-6));
        assertThat(optimum.units("B")).isCloseTo(30, within(1e-6));
        assertThat(optimum.units("C")).isCloseTo(40, within(1e-6));
    }

    @Test
    void floating_point_residue_of_day_counts_does_not_break_the_lp() {
        // 29/365·365 = 29 + 3.6e-15 in doubles: a source that flexes after 29 days would get a flex fraction of
        // 1e-17, a row GLOP called infeasible on a synthetic portfolio (P002230); such residue is now 0
        AllocationSource first = source("A", 30.93, 172.0);
        AllocationSource second = new AllocationSource("B", "B", 31.69, 150.0, 150.0, 29, 0, false, 0, null, null,
                java.util.Set.of(), be.veerkracht.compliance.SourcingPermission.Verdict.ALLOWED);
        ScenarioSet scenarios = ScenarioSet.sampled(new double[][] {{29 / 365.0, 0}, {0, 0}, {0, 0.1}});
        AllocationProblem problem = Problems.shares(232.00000000000003, 34.91, List.of(first, second), scenarios);
        assertThat(Recourse.flexFractions(problem, 0)[1]).isZero();
        SplitOutcome optimum = createOptimiser().optimise(problem, new RiskAppetite(0.5, 0.95));
        assertThat(optimum.units("A") + optimum.units("B")).isCloseTo(232, within(1e-6));
    }
}
