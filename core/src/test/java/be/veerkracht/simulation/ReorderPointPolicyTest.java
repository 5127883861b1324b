package be.veerkracht.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderPointPolicyTest {

    @Test
    void orders_whole_batches_when_the_position_reaches_the_reorder_point() {
        ReorderPointPolicy policy = new ReorderPointPolicy(100, 50);
        assertThat(policy.orderUnits(0, 60, 41)).isZero();          // position 101 > 100
        assertThat(policy.orderUnits(0, 60, 40)).isEqualTo(50.0);   // 100: one batch
        assertThat(policy.orderUnits(0, 0, 0)).isEqualTo(150.0);    // 0: three batches lift it to 150 > 100
    }

    @Test
    void drives_the_reference_simulator_without_loss_when_the_buffer_covers_the_lead_time() {
        // 10 a day, lead time 20, r = 250 (200 over the lead time + 50 buffer), Q = 100; start with 250 on hand and
        // nothing in transit (share 1 → the simulator's full pipeline is 200: position 450).
        // Positions fall by 10 a day; an order of 100 whenever it reaches 250 arrives 20 days later, when stock is
        // still ≥ 50: nothing is lost in a year without disruption.
        PartSupply part = new PartSupply("P", 250, List.of(new SupplySource("S", 1.0, 20, null, 0)), BigDecimal.ONE);
        SupplyOutcome outcome = new ReferenceSupplySimulator(part, new ReorderPointPolicy(250, 100))
                .run(new SteadyDemand(10), DisruptionSchedule.NONE, 365, true);
        assertThat(outcome.lostUnits()).isZero();
        assertThat(outcome.trace()).allSatisfy(day -> assertThat(day.shippedUnits()).isIn(0.0, 100.0));
    }
}
