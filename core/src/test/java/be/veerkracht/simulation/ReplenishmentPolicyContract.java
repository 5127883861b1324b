package be.veerkracht.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants every replenishment policy keeps; each implementation's test extends this with its factory. */
abstract class ReplenishmentPolicyContract {

    abstract ReplenishmentPolicy createPolicy();

    @Property
    void orders_are_finite_and_never_negative(@ForAll @IntRange(min = 0, max = 3650) int day,
                                              @ForAll @DoubleRange(min = 0, max = 1e6) double onHand,
                                              @ForAll @DoubleRange(min = 0, max = 1e6) double inTransit) {
        double order = createPolicy().orderUnits(day, onHand, inTransit);
        assertThat(order).isGreaterThanOrEqualTo(0.0).isFinite();
    }

    @Property
    void more_stock_never_asks_for_more(@ForAll @IntRange(min = 0, max = 3650) int day,
                                        @ForAll @DoubleRange(min = 0, max = 1e6) double onHand,
                                        @ForAll @DoubleRange(min = 0, max = 1e6) double more,
                                        @ForAll @DoubleRange(min = 0, max = 1e6) double inTransit) {
        ReplenishmentPolicy policy = createPolicy();
        assertThat(policy.orderUnits(day, onHand + more, inTransit))
                .isLessThanOrEqualTo(policy.orderUnits(day, onHand, inTransit));
    }
}
