package be.veerkracht.simulation.montecarlo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * How many days a year a given set of a part's sources is down, by the stress-test model's events: the expected
 * number, and the number in each of N scenarios drawn exactly as the Monte Carlo draws them (same streams, same
 * seed: scenario i sees the same events here and there). Delays are not down days; outages of a source that overlap
 * count once. With two sets (a tool and its twin), a day counts for "both" only when a source of each set is down.
 *
 * <p>Used for the return on a second tool per tool ({@code be.veerkracht.tooling.PortfolioToolingRoi}).
 */
public final class SourceDowntime {

    private final StressTestModel model;

    public SourceDowntime(StressTestModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** A source of a part in the model: part index and source index. */
    public record SourceRef(int part, int source) {
    }

    /**
     * Expected down days a year of any of {@code sources}: Σ over the outage streams that hit one of them of
     * rate × expected duration (the link's recovery days where the event uses them, else the log-normal mean),
     * capped at 365. Overlaps between events are not subtracted (an upper bound, close when stops are rare).
     */
    public double expectedDaysPerYear(List<SourceRef> sources) {
        double days = 0;
        for (EventStream stream : model.streams()) {
            if (stream.isDelay()) {
                continue;
            }
            double longest = -1;
            for (int k = 0; k < stream.targetParts().length; k++) {
                if (hits(sources, stream, k)) {
                    int recovery = stream.recoveryDays()[k];
                    longest = Math.max(longest, recovery >= 0 ? Math.max(1, recovery)
                            : stream.rate().duration().meanDays());
                }
            }
            if (longest >= 0) {
                days += stream.rate().annualRate() * longest;
            }
        }
        return Math.min(365, days);
    }

    /**
     * Down days in each scenario 0 … scenarios−1 over a 365-day horizon: {@code [0]} for {@code first}, {@code [1]}
     * for days on which both {@code first} and {@code second} are down (all zeros when {@code second} is empty).
     */
    public int[][] sampledDays(List<SourceRef> first, List<SourceRef> second, int scenarios, long seed) {
        int horizon = 365;
        EventSampler sampler = new EventSampler(seed, horizon);
        List<EventStream> relevant = new ArrayList<>();
        for (EventStream stream : model.streams()) {
            if (!stream.isDelay() && (touches(first, stream) || touches(second, stream))) {
                relevant.add(stream);
            }
        }
        int[][] days = new int[2][scenarios];
        for (int s = 0; s < scenarios; s++) {
            BitSet downFirst = new BitSet(horizon);
            BitSet downSecond = new BitSet(horizon);
            sampler.sample(s, relevant, occurrence -> {
                mark(first, occurrence, downFirst, horizon);
                mark(second, occurrence, downSecond, horizon);
            });
            days[0][s] = downFirst.cardinality();
            downSecond.and(downFirst);
            days[1][s] = second.isEmpty() ? 0 : downSecond.cardinality();
        }
        return days;
    }

    /**
     * Down days of {@code sources} in each scenario ({@code [0]}), and the days on which an independent twin, a
     * second set of sources with the same events drawn from another seed, is down as well ({@code [1]}): the second
     * tool at a supplier like the first but elsewhere, sharing no footprint.
     */
    public int[][] sampledTwinDays(List<SourceRef> sources, int scenarios, long seed) {
        int horizon = 365;
        EventSampler sampler = new EventSampler(seed, horizon);
        EventSampler twin = new EventSampler(seed ^ TWIN_SEED, horizon);
        List<EventStream> relevant = model.streams().stream()
                .filter(stream -> !stream.isDelay() && touches(sources, stream)).toList();
        int[][] days = new int[2][scenarios];
        for (int s = 0; s < scenarios; s++) {
            BitSet down = new BitSet(horizon);
            BitSet twinDown = new BitSet(horizon);
            sampler.sample(s, relevant, occurrence -> mark(sources, occurrence, down, horizon));
            twin.sample(s, relevant, occurrence -> mark(sources, occurrence, twinDown, horizon));
            days[0][s] = down.cardinality();
            twinDown.and(down);
            days[1][s] = twinDown.cardinality();
        }
        return days;
    }

    /** Keeps the twin's draws apart from the first tool's (any fixed odd constant would do). */
    private static final long TWIN_SEED = 0x5DEECE66DL;

    private static void mark(List<SourceRef> sources, EventSampler.Occurrence occurrence, BitSet down, int horizon) {
        EventStream stream = occurrence.stream();
        for (int k = 0; k < stream.targetParts().length; k++) {
            if (hits(sources, stream, k)) {
                int recovery = stream.recoveryDays()[k];
                int length = recovery >= 0 ? Math.max(1, recovery) : occurrence.days();
                int end = (int) Math.min((long) occurrence.startDay() + length, horizon);
                down.set(occurrence.startDay(), Math.max(occurrence.startDay(), end));
            }
        }
    }

    private static boolean touches(List<SourceRef> sources, EventStream stream) {
        for (int k = 0; k < stream.targetParts().length; k++) {
            if (hits(sources, stream, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hits(List<SourceRef> sources, EventStream stream, int k) {
        for (SourceRef ref : sources) {
            if (stream.targetParts()[k] == ref.part() && stream.targetSources()[k] == ref.source()) {
                return true;
            }
        }
        return false;
    }
}
