package be.veerkracht.simulation.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Monte Carlo with noisy daily demand: the loss the events add to what the same demand loses anyway. */
class DemandNoiseTest {

    private static StressTestModel mixed;

    @BeforeAll
    static void compile() throws Exception {
        mixed = StressTestModel.compile(StressFixtures.mixed(), StressFixtures.geography(),
                StressFixtures.busyCatalogue());
    }

    @Test
    void the_engine_equals_the_reference_bit_for_bit_with_noise() {
        // With noise the engine runs both paths (with and without the events) from day 0 in the reference's order
        // of operations, so there is no drift to bound: the scenario losses are the same doubles.
        StressTestSettings settings = StressTestSettings.of(120, 365, 17, 2).withDemandNoise(true);
        StressTestResult fast = new MonteCarloStressTest(mixed).run(settings);
        StressTestResult reference = new MonteCarloStressTest(mixed).run(settings.withEngine(StressEngine.REFERENCE));
        assertThat(fast.scenarioLossEur()).isEqualTo(reference.scenarioLossEur());
        assertThat(fast.parts()).isEqualTo(reference.parts());
        assertThat(fast.expectedLossEur()).isPositive();
    }

    @Test
    void noise_results_are_bit_identical_on_1_2_and_4_threads() {
        StressTestSettings settings = StressTestSettings.of(120, 365, 5, 1).withDemandNoise(true);
        StressTestResult one = new MonteCarloStressTest(mixed).run(settings);
        for (int threads : new int[] {2, 4}) {
            assertThat(new MonteCarloStressTest(mixed).run(settings.withThreads(threads)).scenarioLossEur())
                    .isEqualTo(one.scenarioLossEur());
        }
    }

    @Test
    void noise_changes_the_losses_of_the_noisy_parts_only_a_little_on_average() {
        // Odd parts have a weekly sd of 30 % of a week's demand; the events are the same draws (the event streams do
        // not depend on demand), so the scenario losses move, but the expected loss stays of the same size.
        StressTestSettings settings = StressTestSettings.of(300, 365, 23, 2);
        StressTestResult steady = new MonteCarloStressTest(mixed).run(settings);
        StressTestResult noisy = new MonteCarloStressTest(mixed).run(settings.withDemandNoise(true));
        assertThat(noisy.scenarioLossEur()).isNotEqualTo(steady.scenarioLossEur());
        assertThat(noisy.meanOccurrences()).isEqualTo(steady.meanOccurrences());
        assertThat(noisy.expectedLossEur()).isCloseTo(steady.expectedLossEur(),
                within(0.25 * steady.expectedLossEur()));
    }

    @Test
    void without_variability_the_noisy_mode_gives_the_steady_losses() {
        // single(): weekly sd 0, so demand is the mean every day and nothing is lost without events; the attributable
        // loss is the steady loss (up to the rounding of the skipped days in the steady engine).
        StressTestModel one;
        try {
            one = StressTestModel.compile(StressFixtures.single(), StressFixtures.geography(),
                    StressFixtures.oneFixedEvent(2.0, 30));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        StressTestSettings settings = StressTestSettings.of(200, 365, 3, 2);
        double[] steady = new MonteCarloStressTest(one).run(settings).scenarioLossEur();
        double[] noisy = new MonteCarloStressTest(one).run(settings.withDemandNoise(true)).scenarioLossEur();
        for (int s = 0; s < steady.length; s++) {
            assertThat(noisy[s]).as("scenario %d", s).isCloseTo(steady[s], within(1e-6 * Math.max(1, steady[s])));
        }
    }
}
