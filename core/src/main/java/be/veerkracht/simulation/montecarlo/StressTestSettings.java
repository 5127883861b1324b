package be.veerkracht.simulation.montecarlo;

import java.util.Objects;

/**
 * How a Monte Carlo stress test runs.
 *
 * @param scenarios   how many scenarios (each a possible year, or horizon, of events), &ge; 1
 * @param horizonDays days each scenario covers, &ge; 1 (365: the risk measures are annual)
 * @param seed        the seed every random draw derives from, with the scenario number
 * @param threads     worker threads, &ge; 1; the result does not depend on it
 * @param demandNoise whether daily demand varies (from {@code weekly_demand_sd_units}, drawn from (seed, scenario,
 *                    part, day)); the loss is then what the disruptions add to what the same demand loses anyway
 */
public record StressTestSettings(int scenarios, int horizonDays, long seed, int threads, StressEngine engine,
                                 boolean demandNoise) {

    public static final int DEFAULT_SCENARIOS = 1000;
    public static final int DEFAULT_HORIZON_DAYS = 365;
    public static final long DEFAULT_SEED = 20_261_128L;

    public StressTestSettings {
        if (scenarios < 1) {
            throw new IllegalArgumentException("scenarios must be at least 1, got " + scenarios);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, got " + horizonDays);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Objects.requireNonNull(engine, "engine");
    }

    public static StressTestSettings of(int scenarios, int horizonDays, long seed, int threads) {
        return new StressTestSettings(scenarios, horizonDays, seed, threads, StressEngine.EVENT_DRIVEN, false);
    }

    public StressTestSettings withEngine(StressEngine other) {
        return new StressTestSettings(scenarios, horizonDays, seed, threads, other, demandNoise);
    }

    public StressTestSettings withThreads(int other) {
        return new StressTestSettings(scenarios, horizonDays, seed, other, engine, demandNoise);
    }

    public StressTestSettings withDemandNoise(boolean noise) {
        return new StressTestSettings(scenarios, horizonDays, seed, threads, engine, noise);
    }
}
