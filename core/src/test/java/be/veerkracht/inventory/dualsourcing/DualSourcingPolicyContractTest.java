package be.veerkracht.inventory.dualsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants every policy meets on the issue-7 instance: orders are never negative, the exact chain cost lies in
 * the 95 % interval of a seeded simulation, flow balances (E[q_e] + E[q_r] = E[D]), and no policy beats the DP.
 */
class DualSourcingPolicyContractTest {

    private static final DualSourcingInstance INSTANCE = ExampleInstance.ISSUE_7;
    private static final OptimalSolution OPTIMUM = RelativeValueIteration.solveWidening(INSTANCE,
            new StateSpaceBounds(-5, 15, 8));

    static Stream<Arguments> policies() {
        return Stream.of(
                Arguments.of(new SingleIndexPolicy(7, 10)),
                Arguments.of(new DualIndexPolicy(4, 9)),
                Arguments.of(new CappedDualIndexPolicy(4, 9, 3)),
                Arguments.of(new TailoredBaseSurgePolicy(1, 4)),
                Arguments.of(OPTIMUM.policy()));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void orders_are_never_negative(DualSourcingPolicy policy) {
        for (int x = -4; x <= 12; x++) {
            for (int q = 0; q <= 4; q++) {
                Action action = policy.action(State.of(x, q));
                assertThat(action.expedited()).isNotNegative();
                assertThat(action.regular()).isNotNegative();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("policies")
    void the_exact_cost_lies_in_the_simulation_s_confidence_interval(DualSourcingPolicy policy) throws Exception {
        ChainCost exact = new PolicyEvaluation(INSTANCE).evaluate(policy);
        // 20 batches of 20,000 periods after 2,000 warm-up, seed 7: a 95 % interval by batch means.
        SimulatedCost simulated = new PolicySimulation(INSTANCE).simulate(policy, 7, 20, 20_000, 2_000);
        assertThat(exact.averageCost()).isBetween(simulated.lower(), simulated.upper());
    }

    @ParameterizedTest
    @MethodSource("policies")
    void what_is_ordered_is_what_is_demanded_and_no_policy_beats_the_optimum(DualSourcingPolicy policy)
            throws Exception {
        ChainCost exact = new PolicyEvaluation(INSTANCE).evaluate(policy);
        assertThat(exact.expeditedPerPeriod() + exact.regularPerPeriod()).isCloseTo(2.0, within(1e-9));
        assertThat(exact.averageCost()).isGreaterThanOrEqualTo(OPTIMUM.averageCost() - 1e-8);
    }
}
