package be.veerkracht.inventory.dualsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RelativeValueIterationTest {

    @Test
    void the_optimum_of_the_issue_7_instance_and_its_bounds_do_not_bind() throws Exception {
        DualSourcingInstance instance = ExampleInstance.ISSUE_7;
        OptimalSolution solution = RelativeValueIteration.solveWidening(instance, new StateSpaceBounds(-5, 15, 8));
        // 23.0714285714... = 323/14, computed here; three independent confirmations follow.
        assertThat(solution.averageCost()).isCloseTo(323.0 / 14, within(1e-8));
        assertThat(solution.boundCheck().binds()).as(solution.boundCheck().detail()).isFalse();
        // 1. The optimal policy's own Markov chain has that cost.
        assertThat(new PolicyEvaluation(instance).evaluate(solution.policy()).averageCost())
                .isCloseTo(solution.averageCost(), within(1e-8));
        // 2. A box wider by 4 on every face gives the same optimum: the faces do not matter.
        OptimalSolution wider = new RelativeValueIteration(instance, solution.bounds().widen(4)).solve();
        assertThat(wider.averageCost()).isCloseTo(solution.averageCost(), within(1e-8));
        // 3. It is no worse than the best heuristic (CDI 23.1209).
        assertThat(solution.averageCost()).isLessThan(new PolicyOptimiser(instance).cappedDualIndex().cost()
                .averageCost());
        Action action = solution.optimalAction(State.of(0, 2));
        assertThat(action.expedited()).isEqualTo(4);
        assertThatThrownBy(() -> solution.optimalAction(State.of(100, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the solved range");
    }

    /**
     * The same instance is the test case of the open-source idinn package (Böttcher, Asikis &amp; Fragkos, INFORMS
     * J. Computing 35(6), 2023), version 0.2.0, tests/dual_sourcing_controller/: its value-iteration DP orders
     * regular 3 and expedited 1 with current inventory 3 and past regular order 1
     * (test_dynamic_programming_controller.py), and its CDI with S_e = 4, S_r = 8, q̄ = 2 orders regular 2 and
     * expedited 1 there (test_capped_dual_index_controller.py). We read that state as x = 3 with q_1 = 1 or 0; the
     * answer is the same under both readings.
     */
    @Test
    void the_optimal_and_cdi_actions_match_the_idinn_package_tests() {
        OptimalSolution solution = RelativeValueIteration.solveWidening(ExampleInstance.ISSUE_7,
                new StateSpaceBounds(-5, 15, 8));
        for (int q1 = 0; q1 <= 1; q1++) {
            assertThat(solution.optimalAction(State.of(3, q1))).isEqualTo(new Action(1, 3));
            assertThat(new CappedDualIndexPolicy(4, 8, 2).action(State.of(3, q1))).isEqualTo(new Action(1, 2));
        }
    }

    @Test
    void lead_time_one_agrees_with_exhaustive_enumeration_of_every_policy() {
        DualSourcingInstance instance = new DualSourcingInstance(1, 3, 1, 10, DemandDistribution.parse(
                "pmf:0.5,0.5"));
        StateSpaceBounds box = new StateSpaceBounds(-1, 2, 1);
        double optimum = new RelativeValueIteration(instance, box).solve().averageCost();
        assertThat(optimum).isCloseTo(new ExhaustiveSearch(instance, box).bestAverageCost(), within(1e-8));
    }

    @Test
    void lead_time_two_agrees_with_exhaustive_enumeration_of_every_policy() {
        DualSourcingInstance instance = new DualSourcingInstance(2, 2, 1, 9, DemandDistribution.parse(
                "pmf:0.3,0.7"));
        StateSpaceBounds box = new StateSpaceBounds(-1, 1, 1);
        double optimum = new RelativeValueIteration(instance, box).solve().averageCost();
        assertThat(optimum).isCloseTo(new ExhaustiveSearch(instance, box).bestAverageCost(), within(1e-8));
    }

    @Test
    void a_box_too_large_is_refused() {
        DualSourcingInstance instance = new DualSourcingInstance(8, 20, 5, 495, new UniformDemand(0, 40));
        assertThatThrownBy(() -> new RelativeValueIteration(instance, new StateSpaceBounds(-50, 100, 45)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("states");
    }
}
