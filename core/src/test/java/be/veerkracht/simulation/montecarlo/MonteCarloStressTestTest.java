package be.veerkracht.simulation.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.portfolio.Portfolio;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MonteCarloStressTestTest {

    private static StressTestModel mixed;

    @BeforeAll
    static void compile() throws Exception {
        mixed = StressTestModel.compile(StressFixtures.mixed(), StressFixtures.geography(),
                StressFixtures.busyCatalogue());
    }

    @Test
    void the_model_holds_one_stream_per_site_and_supplier_event_and_one_per_footprint_and_global_event() {
        // 4 sites × (FIRE, STRIKE) + TAIWAN_STRAIT + RED_SEA_SUEZ + GLOBAL_LOGISTICS
        assertThat(mixed.streams()).hasSize(11);
        EventStream taiwan = stream("TAIWAN_STRAIT", "TAIWAN_STRAIT");
        // every S-CN and S-TW link: 3 parts in each of the four patterns
        assertThat(taiwan.targetParts()).hasSize(12);
        EventStream lane = stream("RED_SEA_SUEZ", "RED_SEA_SUEZ");
        assertThat(lane.extraDays()).isEqualTo(9);
        assertThat(lane.targetParts()).hasSize(12); // CN and TW freight by sea or mode not given; no road links
        // every link in the model: 3 × (1 + 2 + 2 + 2), the candidate S-PL links included as standby sources
        assertThat(stream("GLOBAL_LOGISTICS", "*").targetParts()).hasSize(21);
        EventStream fireCn = stream("FIRE", "S-CN");
        assertThat(Arrays.stream(fireCn.recoveryDays()).filter(days -> days == 90).count()).isEqualTo(3);
        assertThat(Arrays.stream(fireCn.recoveryDays()).filter(days -> days == -1).count()).isEqualTo(3);
        assertThat(stream("STRIKE", "S-CN").recoveryDays()).containsOnly(-1);
    }

    @Test
    void every_rate_is_listed_with_what_it_hit_in_this_portfolio() {
        // Stability bands of the fixture: CN 25 (LOW), PL 60 and TW 55 (MEDIUM), DE 70 (HIGH).
        List<EventAssumption> rates = mixed.eventAssumptions();
        assertThat(rates).hasSize(4 * 2 + 2 + 1); // every catalogue row, used or not
        EventAssumption fireMedium = rate(rates, "FIRE", "stability:MEDIUM");
        assertThat(fireMedium.streams()).isEqualTo(2); // S-PL and S-TW
        assertThat(fireMedium.sourcesHit()).isEqualTo(12); // 3 + 3 of S-PL (incl. candidates), 3 + 3 of S-TW
        assertThat(fireMedium.usesRecoveryDays()).isTrue();
        assertThat(rate(rates, "FIRE", "stability:LOW").sourcesHit()).isEqualTo(6); // S-CN: patterns 0 and 1
        assertThat(rate(rates, "FIRE", "stability:UNKNOWN").streams()).isZero();
        EventAssumption lane = rate(rates, "RED_SEA_SUEZ", "RED_SEA_SUEZ");
        assertThat(lane.extraDays()).isEqualTo(9);
        assertThat(lane.scope()).isEqualTo(EventScope.FOOTPRINT);
        EventAssumption global = rate(rates, "GLOBAL_LOGISTICS", "*");
        assertThat(global.extraDays()).isEqualTo(7);
        assertThat(global.sourcesHit()).isEqualTo(21);
        assertThat(global.medianDays()).isEqualTo(90.0);
        assertThat(global.source()).isEqualTo("t");
    }

    private static EventAssumption rate(List<EventAssumption> rates, String event, String appliesTo) {
        return rates.stream().filter(r -> r.event().equals(event) && r.appliesTo().equals(appliesTo)).findFirst()
                .orElseThrow();
    }

    private static EventStream stream(String event, String target) {
        return mixed.streams().stream().filter(s -> s.event().equals(event) && s.target().equals(target))
                .findFirst().orElseThrow();
    }

    @Test
    void results_are_bit_identical_on_1_2_and_4_threads() {
        StressTestResult one = new MonteCarloStressTest(mixed).run(StressTestSettings.of(400, 365, 99, 1));
        for (int threads : new int[] {2, 4}) {
            StressTestResult other = new MonteCarloStressTest(mixed).run(StressTestSettings.of(400, 365, 99, threads));
            assertThat(other.scenarioLossEur()).as("%d threads", threads).isEqualTo(one.scenarioLossEur());
            assertThat(Double.doubleToLongBits(other.expectedLossEur()))
                    .isEqualTo(Double.doubleToLongBits(one.expectedLossEur()));
            assertThat(other.cvar99Eur()).isEqualTo(one.cvar99Eur());
            assertThat(other.parts()).isEqualTo(one.parts());
            assertThat(other.contributions()).isEqualTo(one.contributions());
        }
        assertThat(one.expectedLossEur()).isPositive();
    }

    @Test
    void a_different_seed_gives_different_scenarios() {
        StressTestResult a = new MonteCarloStressTest(mixed).run(StressTestSettings.of(50, 365, 1, 2));
        StressTestResult b = new MonteCarloStressTest(mixed).run(StressTestSettings.of(50, 365, 2, 2));
        assertThat(a.scenarioLossEur()).isNotEqualTo(b.scenarioLossEur());
    }

    @Test
    void the_event_driven_engine_matches_the_reference_scenario_by_scenario() {
        StressTestSettings settings = StressTestSettings.of(300, 365, 7, 2);
        StressTestResult fast = new MonteCarloStressTest(mixed).run(settings);
        StressTestResult reference = new MonteCarloStressTest(mixed).run(settings.withEngine(StressEngine.REFERENCE));
        double[] f = fast.scenarioLossEur();
        double[] r = reference.scenarioLossEur();
        int withLoss = 0;
        for (int s = 0; s < f.length; s++) {
            // The only difference is the reference's rounding drift over quiet days (see EventDrivenSupplySimulator).
            assertThat(f[s]).as("scenario %d", s).isCloseTo(r[s], within(1e-6 * Math.max(1, r[s])));
            withLoss += r[s] > 1 ? 1 : 0;
        }
        assertThat(withLoss).as("scenarios with a loss (the comparison must mean something)").isGreaterThan(150);
        assertThat(fast.stockoutProbability()).isEqualTo(reference.stockoutProbability());
        // Fewer part-days even with this busy catalogue, where a global event and yearly strikes touch nearly every
        // part in every scenario; the realistic gain is measured by `veerkracht bench simulate`.
        assertThat(reference.partDaysStepped()).isEqualTo(300L * 12 * 365);
        assertThat(fast.partDaysStepped()).isLessThan(reference.partDaysStepped());
    }

    @Test
    void expected_loss_of_one_fixed_outage_event_matches_the_hand_calculation() throws Exception {
        // P1: 10 a day, lead 20, no stock, EUR 2 a unit, single source. FIRE at rate 0.2 a year, always 30 days.
        // An outage from day s loses the days [s + 20, s + 50) inside the horizon (arrivals stop 20 days after it
        // starts; the catch-up ordered at s + 30 arrives at s + 50): 10 × clamp(345 − s, 0, 30) units.
        // Mean over s = 0..364: (316 × 30 + (29 + ... + 1)) / 365 = (9,480 + 435) / 365 = 27.164 days
        // → EUR 543.29 per occurrence; × 0.2 occurrences = EUR 108.66 a year. Two occurrences in one year
        // (probability 1.75 %) rarely interact; 20,000 scenarios give a standard error of about EUR 1.7.
        StressTestModel model = StressTestModel.compile(single(), StressFixtures.geography(),
                StressFixtures.oneFixedEvent(0.2, 30));
        StressTestResult result = new MonteCarloStressTest(model).run(StressTestSettings.of(20_000, 365, 5, 2));
        double expected = 0.2 * (9480 + 435) / 365.0 * 20;
        assertThat(expected).isCloseTo(108.66, within(0.01));
        assertThat(result.expectedLossEur()).isCloseTo(expected, within(4 * result.expectedLossStandardErrorEur()));
        assertThat(result.expectedLossStandardErrorEur()).isBetween(1.0, 2.5);
        assertThat(result.expectedAnnualLossEur()).isEqualTo(result.expectedLossEur());
        // a year with a stockout is a year with an event starting before day 345: 1 − e^(−0.2 × 345/365) = 0.172
        assertThat(result.stockoutProbability()).isCloseTo(1 - Math.exp(-0.2 * 345 / 365), within(0.012));
        PartRisk part = result.parts().get(0);
        assertThat(part.fillRate()).isCloseTo(1 - part.expectedLostUnits() / 3650, within(1e-12));
    }

    @Test
    void an_order_point_policy_runs_on_the_reference_engine_and_its_extra_day_of_stock_shows_in_the_loss()
            throws Exception {
        // As the hand case above, but replenished by (r, Q) = (200, 10): the position starts at the full pipeline,
        // 200 = r, so 10 more units are ordered on day 0 and then 10 a day: one day of demand in stock from day 20
        // on. An outage from day s now loses the days [s + 21, s + 50) inside the horizon: 10 × clamp(344 − s, 0,
        // 29) units. Mean over s = 0..364: (316 × 29 + (28 + ... + 1)) / 365 = (9,164 + 406) / 365 = 26.219 days
        // → × 10 units × EUR 2 × 0.2 a year = EUR 104.88 a year.
        StressTestModel model = StressTestModel.compile(single(), StressFixtures.geography(),
                StressFixtures.oneFixedEvent(0.2, 30), new Replenishment.ReorderPoints(
                        java.util.Map.of("P1", new be.veerkracht.simulation.ReorderPointPolicy(200, 10))));
        assertThat(model.needsReferenceEngine()).isTrue();
        StressTestResult result = new MonteCarloStressTest(model).run(StressTestSettings.of(20_000, 365, 5, 2));
        double expected = 0.2 * (9164 + 406) / 365.0 * 20;
        assertThat(expected).isCloseTo(104.88, within(0.01));
        assertThat(result.settings().engine()).isEqualTo(StressEngine.REFERENCE);
        assertThat(result.expectedLossEur()).isCloseTo(expected, within(4 * result.expectedLossStandardErrorEur()));
    }

    private static Portfolio single() throws Exception {
        return StressFixtures.single();
    }

    @Test
    void contributions_of_each_kind_add_up_to_the_expected_loss() {
        StressTestResult result = new MonteCarloStressTest(mixed).run(StressTestSettings.of(300, 365, 3, 2));
        double total = result.expectedLossEur();
        for (ContributionKind kind : List.of(ContributionKind.SUPPLIER, ContributionKind.EVENT)) {
            double sum = result.contributions(kind).stream().mapToDouble(LossContribution::expectedLossEur).sum();
            assertThat(sum).as(kind.name()).isCloseTo(total, within(1e-9 * total));
        }
        double parts = result.parts().stream().mapToDouble(PartRisk::expectedLossEur).sum();
        assertThat(parts).isCloseTo(total, within(1e-9 * total));
        assertThat(result.contributions(ContributionKind.EVENT)).extracting(LossContribution::key)
                .contains("TAIWAN_STRAIT", "FIRE");
        assertThat(result.contributions(ContributionKind.ZONE)).extracting(LossContribution::key)
                .contains("CN_SPHERE");
        assertThat(result.var99Eur()).isGreaterThanOrEqualTo(result.var95Eur());
        assertThat(result.cvar95Eur()).isGreaterThanOrEqualTo(result.var95Eur());
        assertThat(result.excludedParts()).isEmpty();
    }

    @Test
    void progress_is_reported_for_every_scenario() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger last = new AtomicInteger();
        new MonteCarloStressTest(mixed).run(StressTestSettings.of(64, 365, 3, 2), (done, total) -> {
            calls.incrementAndGet();
            last.accumulateAndGet(done, Math::max);
            assertThat(total).isEqualTo(64);
        }, () -> false);
        assertThat(calls.get()).isEqualTo(64);
        assertThat(last.get()).isEqualTo(64);
    }
}
