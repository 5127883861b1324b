package be.veerkracht.inventory.dualsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolicyOptimiserTest {

    private final PolicyOptimiser optimiser = new PolicyOptimiser(ExampleInstance.ISSUE_7);

    /**
     * The best parameters on the issue-7 instance, found by this search and confirmed by a brute-force scan of the
     * same exact evaluation over every level in -10..20 ({@link #the_level_descent_finds_the_brute_force_best}).
     */
    @Test
    void best_parameters_on_the_issue_7_instance() throws Exception {
        OptimisedPolicy si = optimiser.singleIndex();
        OptimisedPolicy di = optimiser.dualIndex();
        OptimisedPolicy cdi = optimiser.cappedDualIndex();
        OptimisedPolicy tbs = optimiser.tailoredBaseSurge();
        assertThat(si.policy()).isEqualTo(new SingleIndexPolicy(7, 10));
        assertThat(di.policy()).isEqualTo(new DualIndexPolicy(4, 9));
        assertThat(cdi.policy()).isEqualTo(new CappedDualIndexPolicy(4, 9, 3));
        assertThat(tbs.policy()).isEqualTo(new TailoredBaseSurgePolicy(1, 4));
        assertThat(si.cost().averageCost()).isCloseTo(26.0, within(1e-8));
        assertThat(di.cost().averageCost()).isCloseTo(23.337662, within(1e-6));
        assertThat(cdi.cost().averageCost()).isCloseTo(23.120879, within(1e-6));
        assertThat(tbs.cost().averageCost()).isCloseTo(31.903047, within(1e-6));
        assertThat(cdi.cost().averageCost()).isLessThanOrEqualTo(di.cost().averageCost());
        assertThat(cdi.rangeBinds()).isFalse();
    }

    @Test
    void the_level_descent_finds_the_brute_force_best() throws Exception {
        PolicyEvaluation evaluation = new PolicyEvaluation(ExampleInstance.ISSUE_7);
        double best = Double.POSITIVE_INFINITY;
        for (int level = -10; level <= 20; level++) {
            best = Math.min(best, evaluation.evaluate(new CappedDualIndexPolicy(level, level + 5, 3)).averageCost());
        }
        assertThat(optimiser.cappedDualIndex().cost().averageCost()).isCloseTo(best, within(1e-9));
    }
}
