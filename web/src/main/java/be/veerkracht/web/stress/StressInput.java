package be.veerkracht.web.stress;

import be.veerkracht.simulation.montecarlo.StressTestSettings;
import java.util.function.Function;

/**
 * The settings of a stress test as a request gives them (JSON body or form), checked: {@code scenarios}
 * {@value #MIN_SCENARIOS}..{@value #MAX_SCENARIOS} (default {@link StressTestSettings#DEFAULT_SCENARIOS}),
 * {@code horizon_days} 1..{@value #MAX_HORIZON_DAYS} (default 365), {@code seed} any whole number (default
 * {@link StressTestSettings#DEFAULT_SEED}). A blank or missing value takes the default.
 */
public final class StressInput {

    public static final int MIN_SCENARIOS = 1;
    public static final int MAX_SCENARIOS = 20_000;
    public static final int MAX_HORIZON_DAYS = 1095;
    /** Named scenarios compared side by side on the page, at most. */
    public static final int MAX_NAMED_SCENARIOS = 4;

    public static final String SCENARIOS = "scenarios";
    public static final String HORIZON_DAYS = "horizon_days";
    public static final String SEED = "seed";

    private StressInput() {
    }

    /** A value out of range or not a whole number; names the field. */
    public static final class BadField extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String field;
        private final long min;
        private final long max;

        BadField(String field, String value, long min, long max) {
            super(field + " must be a whole number from " + min + " to " + max + ", got '" + value + "'");
            this.field = field;
            this.min = min;
            this.max = max;
        }

        public String field() {
            return field;
        }

        public long min() {
            return min;
        }

        public long max() {
            return max;
        }
    }

    /**
     * @param value the raw text of a field, null or blank when not given
     * @throws BadField naming the first field that is wrong
     */
    public static StressTestSettings settings(Function<String, String> value) {
        int scenarios = (int) whole(SCENARIOS, value.apply(SCENARIOS), MIN_SCENARIOS, MAX_SCENARIOS,
                StressTestSettings.DEFAULT_SCENARIOS);
        int horizon = horizonDays(value.apply(HORIZON_DAYS));
        long seed = whole(SEED, value.apply(SEED), Long.MIN_VALUE, Long.MAX_VALUE, StressTestSettings.DEFAULT_SEED);
        return StressTestSettings.of(scenarios, horizon, seed, 1);
    }

    /** The horizon of a stress test or a named scenario, 1..{@value #MAX_HORIZON_DAYS}, default 365. */
    public static int horizonDays(String text) {
        return (int) whole(HORIZON_DAYS, text, 1, MAX_HORIZON_DAYS, StressTestSettings.DEFAULT_HORIZON_DAYS);
    }

    private static long whole(String field, String text, long min, long max, long fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadField(field, text, min, max);
        }
        if (parsed < min || parsed > max) {
            throw new BadField(field, text, min, max);
        }
        return parsed;
    }
}
