package be.veerkracht.simulation.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-source outage days are the stress test's events: checked source by source against {@link SourceDowntime}
 * (an independent implementation on the same {@link EventSampler} streams), and a sub-range of scenarios equals the
 * same scenarios of a longer run.
 */
class SourceOutageScenariosTest {

    private static final long SEED = 20_261_128L;

    @Test
    void days_down_per_source_match_the_stress_tests_own_downtime_count() throws Exception {
        StressTestModel model = StressTestModel.compile(StressFixtures.mixed(), StressFixtures.geography(),
                StressFixtures.busyCatalogue());
        int scenarios = 200;
        SourceOutageScenarios outages = SourceOutageScenarios.sample(model, SEED, 0, scenarios);
        SourceDowntime downtime = new SourceDowntime(model);
        long nonZero = 0;
        for (ModelPart part : model.parts()) {
            for (int source = 0; source < part.supply().sources().size(); source++) {
                int[] expected = downtime.sampledDays(List.of(new SourceDowntime.SourceRef(part.index(), source)),
                        List.of(), scenarios, SEED)[0];
                for (int s = 0; s < scenarios; s++) {
                    assertThat(outages.downDays(part.index(), source, s)).isEqualTo(expected[s]);
                    nonZero += expected[s] > 0 ? 1 : 0;
                }
            }
        }
        assertThat(nonZero).as("the busy catalogue stops sources in many scenarios").isGreaterThan(100);
    }

    @Test
    void a_range_of_scenarios_is_the_same_scenarios_of_a_longer_run() throws Exception {
        StressTestModel model = StressTestModel.compile(StressFixtures.mixed(), StressFixtures.geography(),
                StressFixtures.busyCatalogue());
        SourceOutageScenarios all = SourceOutageScenarios.sample(model, SEED, 0, 60);
        SourceOutageScenarios tail = SourceOutageScenarios.sample(model, SEED, 40, 20);
        assertThat(tail.firstScenario()).isEqualTo(40);
        for (ModelPart part : model.parts()) {
            for (int source = 0; source < part.supply().sources().size(); source++) {
                for (int s = 0; s < 20; s++) {
                    assertThat(tail.downDays(part.index(), source, s)).isEqualTo(all.downDays(part.index(), source,
                            40 + s));
                }
            }
        }
    }

    @Test
    void sources_of_one_footprint_go_down_together() throws Exception {
        // P02 (i % 4 = 2) buys from S-TW (Taiwan strait) and S-DE; P00 from S-CN (Taiwan strait): on a scenario
        // where the strait closes both S-TW and S-CN are down at least that long
        StressTestModel model = StressTestModel.compile(StressFixtures.mixed(), StressFixtures.geography(),
                StressFixtures.busyCatalogue());
        SourceOutageScenarios outages = SourceOutageScenarios.sample(model, SEED, 0, 300);
        int together = 0;
        for (int s = 0; s < 300; s++) {
            if (outages.downDays(2, 0, s) > 0 && outages.downDays(0, 0, s) > 0) {
                together++;
            }
        }
        assertThat(together).isGreaterThan(30);
    }
}
