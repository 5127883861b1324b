package be.veerkracht.inventory.dualsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyParametersTest {

    @Test
    void every_family_is_built_from_the_names_it_prints() {
        for (DualSourcingPolicy policy : new DualSourcingPolicy[] {new SingleIndexPolicy(7, 10),
            new DualIndexPolicy(4, 9), new CappedDualIndexPolicy(4, 9, 3), new TailoredBaseSurgePolicy(1, 4)}) {
            assertThat(PolicyParameters.policy(policy.code(), policy.parameters())).isEqualTo(policy);
        }
        assertThat(PolicyParameters.parse("regular_quantity=1, expedited_order_up_to=4"))
                .containsEntry("regular_quantity", 1).containsEntry("expedited_order_up_to", 4);
    }

    @Test
    void bad_parameters_are_named() {
        assertThatThrownBy(() -> PolicyParameters.parse("a=1,a=2")).hasMessageContaining("'a' is given twice");
        assertThatThrownBy(() -> PolicyParameters.parse("a=x")).hasMessageContaining("'a' must be an integer");
        assertThatThrownBy(() -> PolicyParameters.parse("a")).hasMessageContaining("name=value");
        assertThatThrownBy(() -> PolicyParameters.policy("dp", java.util.Map.of()))
                .hasMessageContaining("not 'dp'");
        assertThatThrownBy(() -> PolicyParameters.policy("di", PolicyParameters.parse(
                "expedited_order_up_to=9,regular_order_up_to=4"))).hasMessageContaining("z_e must be <= z_r");
    }

    @Test
    void a_chain_larger_than_the_limit_is_refused_so_that_it_can_be_simulated() {
        PolicyEvaluation small = new PolicyEvaluation(ExampleInstance.ISSUE_7, 5);
        assertThatThrownBy(() -> small.evaluate(new DualIndexPolicy(4, 9)))
                .isInstanceOf(TooManyStatesException.class).hasMessageContaining("more than 5");
    }
}
