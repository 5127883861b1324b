package be.veerkracht.simulation;

import static be.veerkracht.simulation.HandCheckedParts.SHORTAGE_COST;
import static be.veerkracht.simulation.HandCheckedParts.STEADY;
import static be.veerkracht.simulation.HandCheckedParts.run;
import static be.veerkracht.simulation.HandCheckedParts.singleSourced;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases for sea-lane delays and standby sources. Demand 10/day, lead time 20 days, full pipeline at
 * day 0 (10/day arriving days 0..19), base stock S = stock + 200.
 */
class ShipmentDelayAndStandbyTest {

    @Test
    void a_ten_day_delay_with_five_days_of_stock_loses_five_days_of_demand() {
        // Orders of days 0..29 (10 each) arrive 10 days late, on days 30..59 instead of 20..49.
        // Days 20..24: nothing arrives, stock 50 covers them; days 25..29: 5 × 10 = 50 units lost.
        // Day 30 on: one order a day arrives again; days 50..54 get two (late and on time) and rebuild the stock.
        SupplyOutcome outcome = run(singleSourced(50), STEADY,
                new DisruptionSchedule(List.of(), List.of(new ShipmentDelay("S01", 0, 30, 10))), 120);

        assertThat(outcome.lostUnits()).isEqualTo(50.0);
        assertThat(outcome.lossEur()).isEqualByComparingTo("625.0000"); // 50 × 12.50
        assertThat(outcome.trace().get(29).receivedUnits()).isZero();
        assertThat(outcome.trace().get(30).receivedUnits()).isEqualTo(10.0);
        assertThat(outcome.trace().get(50).receivedUnits()).isEqualTo(20.0);
        assertThat(outcome.trace().get(119).onHandUnits()).isEqualTo(50.0);
    }

    @Test
    void a_delay_that_stock_covers_loses_nothing_and_goods_at_sea_are_not_delayed() {
        // Stock 100 covers the 10 days without arrivals (days 20..29); the pipeline of days 0..19 was already at sea.
        SupplyOutcome outcome = run(singleSourced(100), STEADY,
                new DisruptionSchedule(List.of(), List.of(new ShipmentDelay("S01", 0, 30, 10))), 120);
        assertThat(outcome.lostUnits()).isZero();
        for (int day = 0; day < 20; day++) {
            assertThat(outcome.trace().get(day).receivedUnits()).isEqualTo(10.0);
        }
        assertThat(outcome.trace().get(29).onHandUnits()).isZero();
    }

    @Test
    void overlapping_delays_of_one_source_add_up() {
        // 4 + 6 days on the same shipments: as one 10-day delay.
        SupplyOutcome twoDelays = run(singleSourced(50), STEADY, new DisruptionSchedule(List.of(),
                List.of(new ShipmentDelay("S01", 0, 30, 4), new ShipmentDelay("S01", 0, 30, 6))), 120);
        assertThat(twoDelays.lostUnits()).isEqualTo(50.0);
    }

    @Test
    void a_candidate_takes_orders_once_qualified_and_halves_the_loss_of_a_60_day_outage() {
        // S01 (lead 20) is down [0, 60). Candidate C02: share 0, lead 5 days, 3,650 units/year (10/day), qualified
        // 30 days after the outage starts. Stock 0.
        // Days 0..19 the pipeline delivers. Days 0..29 nothing can be ordered. From day 30 C02 ships 10/day,
        // arriving days 35..64. Days 20..34 short: 15 × 10 = 150.
        // Day 60 S01 is back: position = 40 in transit from C02, so it orders 160, arriving day 80. Days 65..79 short:
        // 150. Day 80: 160 arrive and carry the days whose orders were 0 (65..79), so nothing more is lost.
        // Total 300 units (without the candidate: days 20..79, 600 units).
        SupplySource s01 = new SupplySource("S01", 1.0, 20, null, 0);
        SupplySource c02 = new SupplySource("C02", 0.0, 5, 3650.0, 30);
        PartSupply withCandidate = new PartSupply("P1", 0, List.of(s01, c02), SHORTAGE_COST);
        SupplyOutcome outcome = run(withCandidate, STEADY, DisruptionSchedule.of(new Outage("S01", 0, 60)), 150);

        assertThat(outcome.lostUnits()).isEqualTo(300.0);
        assertThat(outcome.trace().get(30).shippedUnits()).isEqualTo(10.0);
        assertThat(outcome.trace().get(60).shippedUnits()).isEqualTo(160.0);
        assertThat(outcome.trace().get(80).receivedUnits()).isEqualTo(160.0);

        PartSupply alone = new PartSupply("P1", 0, List.of(s01), SHORTAGE_COST);
        assertThat(run(alone, STEADY, DisruptionSchedule.of(new Outage("S01", 0, 60)), 150).lostUnits())
                .isEqualTo(600.0);
    }

    @Test
    void a_standby_source_ships_nothing_in_normal_operation() {
        SupplySource s01 = new SupplySource("S01", 1.0, 20, null, 0);
        SupplySource c02 = new SupplySource("C02", 0.0, 5, 3650.0, 0);
        SupplyOutcome outcome = run(new PartSupply("P1", 100, List.of(s01, c02), SHORTAGE_COST), STEADY,
                DisruptionSchedule.NONE, 60);
        assertThat(outcome.lostUnits()).isZero();
        assertThat(outcome.trace()).allSatisfy(day -> assertThat(day.shippedUnits()).isEqualTo(10.0));
    }
}
