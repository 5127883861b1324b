package be.veerkracht.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison with today's split, 80/20 and 50/50 on the same scenarios, and the frontier. */
class SplitAnalysisTest {

    /** A today at 100 %, B qualified without share; D = 100, C = 10 EUR, p = 0.1 each, independent. */
    private static AllocationProblem handCase() {
        return Problems.shares(100, 10, List.of(Problems.active("A", 1, 1), Problems.source("B", 2, null)),
                IndependentFailures.enumerate(0.1, 0.1));
    }

    @Test
    void fixed_rules_are_valued_on_the_same_scenarios() {
        PartAllocation result = new SplitAnalysis(new CvarLpSplitOptimiser(), 0)
                .analyse(handCase(), new RiskAppetite(0.5, 0.9), null);
        // by hand. 80/20: years cost 120 (both up, 0.81), 840 (A down, 0.09), 280 (B down, 0.09), 1,000 (0.01):
        // E = 208, CVaR90 = (10 + 0.09·840)/0.1 = 856 EUR, shortage 0.09·80 + 0.09·20 + 0.01·100 = 10 units.
        assertThat(result.eightyTwenty().expectedCostEur()).isCloseTo(208, within(1e-9));
        assertThat(result.eightyTwenty().cvarEur()).isCloseTo(856, within(1e-9));
        assertThat(result.eightyTwenty().expectedShortageUnits()).isCloseTo(10, within(1e-9));
        // 50/50: 150, 600, 550, 1,000: E = 235, CVaR90 = (10 + 0.09·600)/0.1 = 640 EUR
        assertThat(result.fiftyFifty().expectedCostEur()).isCloseTo(235, within(1e-9));
        assertThat(result.fiftyFifty().cvarEur()).isCloseTo(640, within(1e-9));
        // today all to A: E = 190, CVaR90 = (10 + 0.09·1,000)/0.1 = 1,000 EUR
        assertThat(result.current().expectedCostEur()).isCloseTo(190, within(1e-9));
        assertThat(result.current().cvarEur()).isCloseTo(1000, within(1e-9));
        // the optimum (scipy, see CvarLpSplitOptimiserTest) beats all three on the objective
        assertThat(result.optimum().objectiveEur()).isCloseTo(428.2352941, within(1e-5))
                .isLessThan(result.fiftyFifty().objectiveEur());
        assertThat(result.explanation()).anyMatch(line -> line.key() == AllocationText.TAIL_DRIVES);
        assertThat(result.method()).isEqualTo(ScenarioSet.Method.EXACT_ENUMERATION);
    }

    @Test
    void the_frontier_trades_expected_cost_for_tail() {
        PartAllocation result = new SplitAnalysis(new CvarLpSplitOptimiser(), 5)
                .analyse(handCase(), new RiskAppetite(0.5, 0.9), null);
        List<FrontierPoint> frontier = result.frontier();
        assertThat(frontier).extracting(FrontierPoint::cvarWeight).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        for (int p = 1; p < frontier.size(); p++) {
            assertThat(frontier.get(p).expectedCostEur()).isGreaterThanOrEqualTo(frontier.get(p - 1)
                    .expectedCostEur() - 1e-6);
            assertThat(frontier.get(p).cvarEur()).isLessThanOrEqualTo(frontier.get(p - 1).cvarEur() + 1e-6);
        }
        assertThat(frontier.get(0).expectedCostEur()).isCloseTo(190, within(1e-6));
    }

    @Test
    void an_action_says_how_to_move_and_what_it_brings() {
        PartAllocation result = new SplitAnalysis(new CvarLpSplitOptimiser(), 0)
                .analyse(handCase(), new RiskAppetite(0.5, 0.9), null);
        var actions = AllocationActions.rank(List.of(result), new RiskAppetite(0.5, 0.9));
        assertThat(actions).hasSize(1);
        // 52.94/47.06 → "53/47 B/A"; E 190 → 237.65 (+25.1 %), CVaR 1,000 → 618.82 (−38.1 %)
        assertThat(actions.get(0).what().in(java.util.Locale.ENGLISH))
                .isEqualTo("Move P to 53/47 B/A: expected cost +25.1 %, CVaR90 \u221238.1 %");
        assertThat(actions.get(0).spendAtStakeEur()).isEqualByComparingTo("100");
    }
}
