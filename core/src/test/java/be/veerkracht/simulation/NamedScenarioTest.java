package be.veerkracht.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.portfolio.Portfolio;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Named scenarios on {@link ScenarioPortfolio}, every figure derived by hand from the rules in docs/stress-test.md.
 * Demand 10 a day, lead time 20, so the full pipeline is 10 a day arriving on days 0 … 19 and S = stock + 200.
 */
class NamedScenarioTest {

    private static Portfolio portfolio;
    private static NamedScenario scenario;

    @BeforeAll
    static void build() throws Exception {
        portfolio = ScenarioPortfolio.build();
        scenario = new NamedScenario(ScenarioPortfolio.geography());
    }

    @Test
    void a_zone_outage_costs_the_hand_computed_loss_and_spares_the_part_outside_the_zone() {
        // CN_SPHERE down [0, 60), 120 days.
        // P1 (stock 100, only S-CN): days 0 … 19 the pipeline arrives and the orders to S-CN are not placed; stock
        //   100 lasts days 20 … 29; days 30 … 59 short; day 60 orders 300, arriving day 80; days 60 … 79 short.
        //   Lost 50 days × 10 = 500 units × EUR 12.50 = EUR 6,250; fill rate 700 / 1,200 = 7/12.
        // P2 (stock 0, S-CN and S-PL at 0.5): S-PL ships its 5 a day for the orders of days 0 … 9 (not ramped up),
        //   then 10 a day from day 10 (capacity 3,650 / 365). Days 20 … 29 receive 5 of 10: 50 units lost, no
        //   shortage cost so at the margin EUR 20: EUR 1,000. From day 30 S-PL's 10 a day covers demand.
        // P3 (only S-DE, Germany) is outside the zone: not hit, not listed.
        ScenarioResult result = scenario.run(portfolio, List.of(new ScenarioEvent.ZoneOutage("CN_SPHERE", 60)), 120);

        assertThat(result.totalLossEur()).isEqualByComparingTo("7250");
        assertThat(result.parts()).extracting(PartLoss::partId).containsExactly("P1", "P2");
        PartLoss p1 = result.parts().get(0);
        assertThat(p1.lostUnits()).isCloseTo(500, within(1e-9));
        assertThat(p1.lossEur()).isEqualTo("6250.0000");
        assertThat(p1.fillRate()).isCloseTo(7.0 / 12, within(1e-12));
        PartLoss p2 = result.parts().get(1);
        assertThat(p2.lostUnits()).isCloseTo(50, within(1e-9));
        assertThat(p2.lossEur()).isEqualByComparingTo("1000");
        assertThat(result.events()).singleElement().satisfies(event -> {
            assertThat(event.days()).isEqualTo(60);
            assertThat(event.outages()).hasSize(2); // S-CN for P1 and for P2; S-PL and S-DE are in the EU
        });
        assertThat(result.assumptions()).isNotEmpty();
    }

    @Test
    void an_outage_footprint_stops_the_countries_it_covers() {
        // TAIWAN_STRAIT covers CN and TW: the same sources as CN_SPHERE here, so the same EUR 7,250.
        ScenarioResult result = scenario.run(portfolio,
                List.of(new ScenarioEvent.FootprintOutage("TAIWAN_STRAIT", 60)), 120);
        assertThat(result.totalLossEur()).isEqualByComparingTo("7250");
    }

    @Test
    void a_supplier_outage_stops_only_that_suppliers_sources() {
        // S-DE down [0, 30) for P3 (stock 0, S = 0 + 200): days 0 … 19 served by the pipeline, days 20 … 29 short;
        // day 30 orders 200, arriving day 50; days 20 … 49 short: 300 units × margin EUR 50 = EUR 15,000.
        ScenarioResult result = scenario.run(portfolio, List.of(new ScenarioEvent.SupplierOutage("S-DE", 30)), 120);
        assertThat(result.parts()).extracting(PartLoss::partId).containsExactly("P3");
        assertThat(result.parts().get(0).lostUnits()).isCloseTo(300, within(1e-9));
        assertThat(result.totalLossEur()).isEqualByComparingTo("15000");
    }

    @Test
    void overlapping_windows_of_one_source_are_merged_not_added() {
        // supplier:S-CN:30 and zone:CN_SPHERE:60 both hit S-CN from day 0: one window [0, 60), so exactly the zone
        // outage's EUR 7,250, not more.
        ScenarioResult result = scenario.run(portfolio, List.of(new ScenarioEvent.SupplierOutage("S-CN", 30),
                new ScenarioEvent.ZoneOutage("CN_SPHERE", 60)), 120);
        assertThat(result.totalLossEur()).isEqualByComparingTo("7250");
        assertThat(OutageWindows.merge(List.of(new Outage("A", 30, 90), new Outage("B", 0, 5),
                new Outage("A", 0, 60), new Outage("A", 100, 110), new Outage("A", 90, 95))))
                .containsExactly(new Outage("A", 0, 95), new Outage("A", 100, 110), new Outage("B", 0, 5));
    }

    @Test
    void a_lost_tool_stops_its_supplier_for_its_parts_for_rebuild_days() {
        // T01 (S-CN, part P1, rebuild 60 days): P1 as in the zone case, 500 units, EUR 6,250; P2 also buys from S-CN
        // but not with this tool, so it loses nothing.
        ScenarioResult result = scenario.run(portfolio, List.of(new ScenarioEvent.ToolLoss("T01", null)), 120);
        assertThat(result.events().get(0).days()).isEqualTo(60);
        assertThat(result.parts()).extracting(PartLoss::partId).containsExactly("P1");
        assertThat(result.totalLossEur()).isEqualByComparingTo("6250");
    }

    @Test
    void days_given_with_a_tool_override_its_rebuild_days_and_a_shorter_loss_costs_less() {
        // T01 for 30 days: stock lasts to the end of day 29, day 30 orders 300 arriving day 50: days 30 … 49 short,
        // 200 units × EUR 12.50 = EUR 2,500 (less than the 60-day EUR 6,250).
        ScenarioResult result = scenario.run(portfolio, List.of(new ScenarioEvent.ToolLoss("T01", 30)), 120);
        assertThat(result.parts().get(0).lostUnits()).isCloseTo(200, within(1e-9));
        assertThat(result.totalLossEur()).isEqualByComparingTo("2500");
        assertThat(result.events().get(0).event().label()).isEqualTo("tool:T01:30");
    }

    @Test
    void events_that_cannot_apply_are_refused_naming_the_event() {
        assertThatThrownBy(() -> scenario.run(portfolio, List.of(new ScenarioEvent.ZoneOutage("MARS", 10)), 120))
                .isInstanceOf(ScenarioEventException.class).hasMessageContaining("zone:MARS:10");
        assertThatThrownBy(() -> scenario.run(portfolio, List.of(new ScenarioEvent.LaneClosure("TAIWAN_STRAIT", 9)), 365))
                .isInstanceOf(ScenarioEventException.class)
                .hasMessageContaining("lane:TAIWAN_STRAIT:9").hasMessageContaining("unknown sea lane");
        assertThatThrownBy(() -> scenario.run(portfolio, List.of(new ScenarioEvent.SupplierOutage("S-XX", 10)), 120))
                .isInstanceOf(ScenarioEventException.class).hasMessageContaining("unknown supplier S-XX");
        assertThatThrownBy(() -> scenario.run(portfolio, List.of(new ScenarioEvent.ToolLoss("T99", null)), 120))
                .isInstanceOf(ScenarioEventException.class).hasMessageContaining("tool:T99");
        assertThatThrownBy(() -> scenario.run(portfolio, List.of(new ScenarioEvent.ToolLoss("T02", null)), 120))
                .isInstanceOf(ScenarioEventException.class).hasMessageContaining("no rebuild_days");
        // an id no portfolio could hold is unknown, not an internal error
        assertThatThrownBy(() -> scenario.run(portfolio, List.of(new ScenarioEvent.SupplierOutage(" ", 10)), 120))
                .isInstanceOf(ScenarioEventException.class).hasMessageContaining("unknown supplier");
        assertThatThrownBy(() -> new ScenarioEvent.ZoneOutage("CN_SPHERE", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_closed_lane_delays_the_chinese_sources_only_and_a_delay_footprint_means_the_same() {
        // RED_SEA_SUEZ adds 9 days to CN's sea freight shipped in [0, 30). P1 (stock 100 = 10 days) bridges the
        // 9 days without arrivals (days 20..28) and loses nothing; P2 has no stock and loses while only S-PL's half
        // arrives; P3 (Germany) is untouched.
        ScenarioResult lane = scenario.run(portfolio, List.of(new ScenarioEvent.LaneClosure("RED_SEA_SUEZ", 30)), 120);
        ScenarioOutages.ResolvedEvent event = lane.events().get(0);
        assertThat(event.outages()).isEmpty();
        assertThat(event.delays()).extracting(ScenarioOutages.PartDelay::partId).containsExactly("P1", "P2");
        assertThat(event.delays()).allSatisfy(delay -> {
            assertThat(delay.delay().sourceId()).isEqualTo("S-CN");
            assertThat(delay.delay().extraDays()).isEqualTo(9);
        });
        assertThat(lane.parts()).extracting(PartLoss::partId).containsExactly("P2");
        ScenarioResult footprint = scenario.run(portfolio,
                List.of(new ScenarioEvent.FootprintOutage("RED_SEA_SUEZ", 30)), 120);
        assertThat(footprint.totalLossEur()).isEqualByComparingTo(lane.totalLossEur());
    }
}
