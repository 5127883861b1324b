package be.veerkracht.simulation;

import static be.veerkracht.simulation.HandCheckedParts.STEADY;
import static be.veerkracht.simulation.HandCheckedParts.dualSourced;
import static be.veerkracht.simulation.HandCheckedParts.run;
import static be.veerkracht.simulation.HandCheckedParts.singleSourced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.SourcingLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed cases: demand 10/day, lead time 20 days, full pipeline at day 0 (10/day arriving days 0..19). */
class ReferenceSupplySimulatorTest {

    /** 3,650 units/year = 10/day: the second source can make the whole demand. */
    private static final double FULL_DEMAND_PER_YEAR = 3650.0;

    @Test
    void without_disruption_stock_and_pipeline_stay_where_they_start() {
        SupplyOutcome outcome = run(singleSourced(100), STEADY, DisruptionSchedule.NONE, 365);
        assertThat(outcome.lostUnits()).isZero();
        assertThat(outcome.fillRate()).isEqualTo(1.0);
        // Every day: receive 10, sell 10, order 10; stock 100, 200 in transit (S = 100 + 10 × 20 = 300).
        assertThat(outcome.trace()).allSatisfy(day -> {
            assertThat(day.onHandUnits()).isEqualTo(100.0);
            assertThat(day.shippedUnits()).isEqualTo(10.0);
            assertThat(day.inTransitUnits()).isEqualTo(200.0);
        });
    }

    @Test
    void a_single_sourced_part_runs_short_from_day_30_to_day_79_in_a_60_day_outage() {
        // Stock 100, outage of S01 on days [0, 60), horizon 120 days, shortage cost EUR 12.50.
        // Days 0..19: the pipeline delivers 10/day, stock stays 100 (orders of days 0..59 are not placed).
        // Days 20..29: nothing arrives, stock 90, 80, ..., 0 at the end of day 29.
        // Day 60: S01 is back; base stock S = 300, position 0, so it ships 300, arriving on day 80.
        // Days 30..79: 50 days × 10 = 500 units lost; EUR 500 × 12.50 = 6,250.0000.
        // Day 80 onwards: 300 arrive, stock 290 and orders of 10/day restore the steady state; no further loss.
        SupplyOutcome outcome = run(singleSourced(100), STEADY, DisruptionSchedule.of(new Outage("S01", 0, 60)), 120);

        assertThat(outcome.lostUnits()).isEqualTo(500.0);
        assertThat(outcome.lossEur()).isEqualByComparingTo("6250.0000");
        assertThat(outcome.lossEur().scale()).isEqualTo(4);
        // Fill rate (1,200 − 500) / 1,200 = 7/12.
        assertThat(outcome.fillRate()).isCloseTo(7.0 / 12.0, within(1e-15));
        for (SupplyDay day : outcome.trace()) {
            boolean short_ = day.day() >= 30 && day.day() < 80;
            assertThat(day.lostUnits()).as("day %d", day.day()).isEqualTo(short_ ? 10.0 : 0.0);
        }
        assertThat(outcome.trace().get(29).onHandUnits()).isZero();
        assertThat(outcome.trace().get(60).shippedUnits()).isEqualTo(300.0);
        assertThat(outcome.trace().get(80).onHandUnits()).isEqualTo(290.0);
    }

    @Test
    void goods_in_transit_arrive_during_the_outage() {
        // Outage of S01 on days [30, 90); orders of days 10..29 were shipped before it and arrive on days 30..49.
        // Stock 100 lasts days 50..59; days 60..109 run short (the order of day 90, 300 units, arrives day 110):
        // 50 days × 10 = 500 units lost.
        SupplyOutcome outcome = run(singleSourced(100), STEADY, DisruptionSchedule.of(new Outage("S01", 30, 90)), 130);

        for (int day = 30; day < 50; day++) {
            assertThat(outcome.trace().get(day).receivedUnits()).as("day %d", day).isEqualTo(10.0);
        }
        assertThat(outcome.trace().get(50).receivedUnits()).isZero();
        assertThat(outcome.trace().get(59).onHandUnits()).isZero();
        assertThat(outcome.lostUnits()).isEqualTo(500.0);
        assertThat(outcome.trace().get(110).receivedUnits()).isEqualTo(300.0);
    }

    @Test
    void the_starting_pipeline_arrives_although_the_only_source_is_down_from_day_0() {
        SupplyOutcome outcome = run(singleSourced(100), STEADY, DisruptionSchedule.of(new Outage("S01", 0, 60)), 60);
        for (int day = 0; day < 20; day++) {
            assertThat(outcome.trace().get(day).receivedUnits()).isEqualTo(10.0);
            assertThat(outcome.trace().get(day).shippedUnits()).isZero();
        }
    }

    @Test
    void a_second_source_with_full_spare_capacity_loses_exactly_the_ramp_up_gap() {
        // No stock; S01 and S02 at 5/day each; S01 down on days [0, 60); S02 ramps up in 10 days to 10/day.
        // Orders of days 0..9: S02 ships its planned 5/day (arriving days 20..29); from day 10 it ships 10/day
        // (arriving from day 30). The pipeline covers days 0..19 (10/day); days 20..29 get 5 of 10:
        // 10 days × 5 = 50 units lost, EUR 625.0000. From day 30 nothing is lost, after S01's return too.
        SupplyOutcome outcome = run(dualSourced(0, FULL_DEMAND_PER_YEAR, 10), STEADY,
                DisruptionSchedule.of(new Outage("S01", 0, 60)), 150);

        assertThat(outcome.lostUnits()).isEqualTo(50.0);
        assertThat(outcome.lossEur()).isEqualByComparingTo("625.0000");
        for (SupplyDay day : outcome.trace()) {
            boolean rampUpGap = day.day() >= 20 && day.day() < 30;
            assertThat(day.lostUnits()).as("day %d", day.day()).isEqualTo(rampUpGap ? 5.0 : 0.0);
        }
    }

    @Test
    void a_second_source_with_full_spare_capacity_and_no_ramp_up_loses_nothing() {
        SupplyOutcome outcome = run(dualSourced(0, FULL_DEMAND_PER_YEAR, 0), STEADY,
                DisruptionSchedule.of(new Outage("S01", 0, 60)), 150);
        assertThat(outcome.lostUnits()).isZero();
        assertThat(outcome.lossEur()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void a_second_source_without_capacity_data_does_not_flex() {
        // S02 ships only its 5/day. Arrivals from day 20 are 5/day, so days 20..79 lose 5/day (the order of day 60,
        // 200 − 95 in transit = 105 units, arrives day 80 and covers the rest): 60 days × 5 = 300 units.
        SupplyOutcome outcome = run(dualSourced(0, null, 0), STEADY,
                DisruptionSchedule.of(new Outage("S01", 0, 60)), 150);
        assertThat(outcome.lostUnits()).isEqualTo(300.0);
        assertThat(outcome.trace().get(60).shippedUnits()).isEqualTo(105.0);
    }

    @Test
    void the_portfolio_margin_values_the_loss_when_no_shortage_cost_is_given() {
        Part part = new Part(new be.veerkracht.portfolio.PartId("P1"), null, null, null, 3650, 0, null, null,
                new BigDecimal("4.25"), null, 100, null, null, null, Map.of());
        SourcingLink link = SourcingLink.of("P1", "S01", 1.0, "2.00", 19.5);
        PartSupply supply = PartSupply.fromPortfolio(part, List.of(link));
        // Lead time 19.5 rounds up to 20 days: the single-sourced case above, 500 units × EUR 4.25 = 2,125.0000.
        assertThat(supply.sources()).singleElement().extracting(SupplySource::leadTimeDays).isEqualTo(20);
        SupplyOutcome outcome = run(supply, SteadyDemand.fromAnnual(3650),
                DisruptionSchedule.of(new Outage("S01", 0, 60)), 120);
        assertThat(outcome.lossEur()).isEqualByComparingTo("2125.0000");
    }

    @Test
    void noisy_demand_is_reproducible_and_depends_on_the_part_index() {
        RandomStreams streams = new RandomStreams(2026L);
        DisruptionSchedule outage = DisruptionSchedule.of(new Outage("S01", 0, 60));
        SupplyOutcome first = run(singleSourced(100), new NoisyDemand(10, 3, streams, 5, 0), outage, 200);
        SupplyOutcome again = run(singleSourced(100), new NoisyDemand(10, 3, streams, 5, 0), outage, 200);
        SupplyOutcome otherPart = run(singleSourced(100), new NoisyDemand(10, 3, streams, 5, 1), outage, 200);
        assertThat(again).isEqualTo(first);
        assertThat(otherPart.demandUnits()).isNotEqualTo(first.demandUnits());
    }
}
