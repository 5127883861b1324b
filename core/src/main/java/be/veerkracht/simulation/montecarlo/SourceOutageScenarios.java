package be.veerkracht.simulation.montecarlo;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per part and scenario, the days each of its sources is down in a 365-day year, drawn exactly as the Monte Carlo
 * stress test draws its events ({@link EventSampler}: the same seed, the same scenario numbers, the same streams), so
 * sources that one event hits (a footprint, a zone, a supplier with several sites of one part) fail together. For
 * the volume-split optimisation ({@code be.veerkracht.allocation}).
 *
 * <p>Rules: only outage streams count (a delay is not a day down); a fire or insolvency lasts the link's recovery
 * days where the event uses them, as in the stress test; overlapping windows of one source count once; days are
 * clipped to the year. Scenarios {@code first … first+count−1}: a second call with another range gives an
 * independent sample on the same streams (for an out-of-sample estimate).
 *
 * <p>Determinism: every draw depends on (seed, scenario, stream, occurrence) only ({@link EventSampler}); scenarios
 * are computed in order by the calling thread. Cost O(count × (streams + occurrences × sources hit)); memory one
 * {@code short} per (part source, scenario).
 */
public final class SourceOutageScenarios {

    /** The year the outage days are counted over, days. */
    public static final int HORIZON_DAYS = 365;

    private final int scenarios;
    private final long firstScenario;
    /** Per part, [source × scenarios + scenario] → days down. */
    private final short[][] downDays;

    private SourceOutageScenarios(long firstScenario, int scenarios, short[][] downDays) {
        this.firstScenario = firstScenario;
        this.scenarios = scenarios;
        this.downDays = downDays;
    }

    /**
     * Draws scenarios {@code first … first+count−1} of the model's events with {@code seed}.
     *
     * @throws IllegalArgumentException when {@code count} &lt; 1 or {@code first} &lt; 0
     */
    public static SourceOutageScenarios sample(StressTestModel model, long seed, long first, int count) {
        Objects.requireNonNull(model, "model");
        if (count < 1 || first < 0) {
            throw new IllegalArgumentException("need at least one scenario from number 0 on, got " + count
                    + " from " + first);
        }
        int parts = model.parts().size();
        short[][] days = new short[parts][];
        int[] offset = new int[parts + 1];
        for (int p = 0; p < parts; p++) {
            int sources = model.parts().get(p).supply().sources().size();
            days[p] = new short[sources * count];
            offset[p + 1] = offset[p] + sources;
        }
        var outages = model.streams().stream().filter(stream -> !stream.isDelay()).toList();
        EventSampler sampler = new EventSampler(seed, HORIZON_DAYS);
        Windows windows = new Windows(offset[parts]);
        for (int s = 0; s < count; s++) {
            windows.clear();
            sampler.sample(first + s, outages, occurrence -> windows.add(occurrence, offset));
            windows.store(days, offset, s, count);
        }
        return new SourceOutageScenarios(first, count, days);
    }

    /** Number of scenarios held. */
    public int scenarios() {
        return scenarios;
    }

    /** The number of the first scenario held (its index in the stress test's numbering). */
    public long firstScenario() {
        return firstScenario;
    }

    /** Days (0 … 365) source {@code source} of part {@code part} (model indices) is down in scenario {@code s}. */
    public int downDays(int part, int source, int s) {
        return downDays[part][source * scenarios + s];
    }

    /** The down windows of one scenario, per global source index, merged into a day count at the end. */
    private static final class Windows {
        private final int[] head;
        private int[] start = new int[64];
        private int[] end = new int[64];
        private int[] next = new int[64];
        private int count;
        private int[] touched;
        private int touchedCount;

        Windows(int sources) {
            head = new int[sources];
            Arrays.fill(head, -1);
            touched = new int[sources];
        }

        void clear() {
            for (int t = 0; t < touchedCount; t++) {
                head[touched[t]] = -1;
            }
            touchedCount = 0;
            count = 0;
        }

        void add(EventSampler.Occurrence occurrence, int[] offset) {
            EventStream stream = occurrence.stream();
            for (int k = 0; k < stream.targetParts().length; k++) {
                int recovery = stream.recoveryDays()[k];
                int length = recovery >= 0 ? Math.max(1, recovery) : occurrence.days();
                int from = occurrence.startDay();
                int to = (int) Math.min((long) from + length, HORIZON_DAYS);
                if (to <= from) {
                    continue;
                }
                int global = offset[stream.targetParts()[k]] + stream.targetSources()[k];
                if (count == start.length) {
                    start = Arrays.copyOf(start, 2 * count);
                    end = Arrays.copyOf(end, 2 * count);
                    next = Arrays.copyOf(next, 2 * count);
                }
                if (head[global] < 0) {
                    touched[touchedCount++] = global;
                }
                start[count] = from;
                end[count] = to;
                next[count] = head[global];
                head[global] = count++;
            }
        }

        /** The union length of each touched source's windows into {@code days}. */
        void store(short[][] days, int[] offset, int scenario, int scenarios) {
            for (int t = 0; t < touchedCount; t++) {
                int global = touched[t];
                int part = Arrays.binarySearch(offset, global);
                part = part >= 0 ? lastWithOffset(offset, part) : -part - 2;
                int source = global - offset[part];
                days[part][source * scenarios + scenario] = (short) unionDays(head[global]);
            }
        }

        /** Several parts may start at one offset when some have no sources: the last of them holds it. */
        private static int lastWithOffset(int[] offset, int index) {
            int part = index;
            while (part + 1 < offset.length - 1 && offset[part + 1] == offset[index]) {
                part++;
            }
            return part;
        }

        private int unionDays(int first) {
            boolean[] down = new boolean[HORIZON_DAYS];
            int total = 0;
            for (int w = first; w >= 0; w = next[w]) {
                for (int d = start[w]; d < end[w]; d++) {
                    if (!down[d]) {
                        down[d] = true;
                        total++;
                    }
                }
            }
            return total;
        }
    }
}
