package be.veerkracht.inventory.dualsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolicyEvaluationTest {

    @Test
    void pure_expediting_up_to_one_against_bernoulli_demand_costs_what_the_hand_calculation_says() throws Exception {
        // D in {0, 1} with probability 1/2 each, TBS with Q = 0 and S = 1: every period y = 1, q_e = D of the
        // period before, so the cost is c_e·E[D] + h·P(D = 0)·1 = 20·0.5 + 5·0.5 = 12.5 (by hand).
        DualSourcingInstance instance = new DualSourcingInstance(2, 20, 5, 495, DemandDistribution.parse(
                "pmf:0.5,0.5"));
        ChainCost cost = new PolicyEvaluation(instance).evaluate(new TailoredBaseSurgePolicy(0, 1));
        assertThat(cost.averageCost()).isCloseTo(12.5, within(1e-10));
        assertThat(cost.expeditedPerPeriod()).isCloseTo(0.5, within(1e-12));
        assertThat(cost.regularPerPeriod()).isZero();
    }

    @Test
    void a_regular_base_stock_with_no_expediting_is_the_newsvendor_over_the_lead_time_plus_one() throws Exception {
        // DI with z_e far below: never expedites; the regular position is z_r, so y = x = z_r − (sum of l_r
        // demands) and the cost is E[L(z_r − D_1 − ... − D_{l_r})] (the classical base-stock identity).
        DualSourcingInstance instance = ExampleInstance.ISSUE_7;
        ChainCost cost = new PolicyEvaluation(instance).evaluate(new DualIndexPolicy(-100, 10));
        double expected = 0;
        for (int d1 = 0; d1 <= 4; d1++) {
            for (int d2 = 0; d2 <= 4; d2++) {
                expected += instance.expectedInventoryCost(10 - d1 - d2) / 25;
            }
        }
        assertThat(cost.expeditedPerPeriod()).isZero();
        assertThat(cost.averageCost()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void tbs_chains_are_capped_with_a_negligible_mass_at_the_cap() throws Exception {
        ChainCost cost = new PolicyEvaluation(ExampleInstance.ISSUE_7).evaluate(new TailoredBaseSurgePolicy(1, 4));
        assertThat(cost.truncatedMass()).isLessThan(1e-12);
        assertThat(cost.regularPerPeriod()).isCloseTo(1.0, within(1e-12));
        // Flow balance: everything demanded is ordered, E[q_e] + Q = E[D] = 2.
        assertThat(cost.expeditedPerPeriod()).isCloseTo(1.0, within(1e-9));
    }
}
