package be.veerkracht.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridSearchSplitOptimiserTest extends SplitOptimiserContractTest {

    @Override
    SplitOptimiser createOptimiser() {
        return new GridSearchSplitOptimiser(20);
    }

    /** Every fixed rule used by the contract lies on the 5 % grid: exact. */
    @Override
    double tolerance() {
        return 1e-12;
    }

    @Test
    void with_expected_cost_only_all_goes_to_the_cheaper_of_two_sources() {
        // hand: all to A costs 0.9·100 + 0.1·(10·100) = 190 EUR (scipy linprog gives the same, /tmp/hand.py)
        AllocationProblem problem = Problems.shares(100, 10, List.of(Problems.source("A", 1, 100.0),
                Problems.source("B", 2, 100.0)), IndependentFailures.enumerate(0.1, 0.1));
        SplitOutcome best = createOptimiser().optimise(problem, new RiskAppetite(0, 0.9));
        assertThat(best.units("A")).isEqualTo(100);
        assertThat(best.expectedCostEur()).isCloseTo(190, within(1e-9));
    }
}
