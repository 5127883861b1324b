package be.veerkracht.simulation.montecarlo;

import be.veerkracht.simulation.DrawPurpose;
import be.veerkracht.simulation.RandomStreams;
import java.util.function.Consumer;

/**
 * Draws the events of one scenario. Each stream j is a Poisson process over the horizon: the count is
 * Poisson(rate × horizon / 365) by inversion of one uniform (seed, scenario, j, 0, EVENT_COUNT); occurrence k starts
 * on day ⌊U·horizon⌋ with U from (seed, scenario, j, k, EVENT_START), uniform over the horizon, and lasts
 * {@code duration.days(Z)} with Z from (seed, scenario, j, k, EVENT_DURATION). Every number depends on (seed,
 * scenario, stream, occurrence) only, never on another stream or on thread order.
 *
 * <p>Poisson inversion: the smallest n with F(n) &gt; u, F the cumulative Poisson distribution, summed term by term
 * from p(0) = e<sup>−m</sup> (L. Devroye, Non-Uniform Random Variate Generation, Springer 1986, §X.3.3). Capped at
 * 1,000 occurrences, far beyond any sensible rate.
 */
final class EventSampler {

    private static final int MAX_OCCURRENCES = 1000;

    private final RandomStreams random;
    private final int horizonDays;

    EventSampler(long seed, int horizonDays) {
        this.random = new RandomStreams(seed);
        this.horizonDays = horizonDays;
    }

    /** One occurrence of a stream: days [start, start + days). */
    record Occurrence(EventStream stream, int startDay, int days) {
    }

    /** Calls {@code sink} for every occurrence of every stream in scenario {@code scenario}, streams in order. */
    void sample(long scenario, Iterable<EventStream> streams, Consumer<Occurrence> sink) {
        for (EventStream stream : streams) {
            int j = stream.index();
            int count = poisson(stream.expectedOccurrences(horizonDays),
                    random.uniform(scenario, j, 0, DrawPurpose.EVENT_COUNT));
            for (int k = 0; k < count; k++) {
                int start = (int) (random.uniform(scenario, j, k, DrawPurpose.EVENT_START) * horizonDays);
                int days = stream.rate().duration().days(
                        random.standardNormal(scenario, j, k, DrawPurpose.EVENT_DURATION));
                sink.accept(new Occurrence(stream, start, days));
            }
        }
    }

    /** The Poisson(mean) variate at cumulative probability {@code u}. */
    static int poisson(double mean, double u) {
        if (mean <= 0) {
            return 0;
        }
        double term = StrictMath.exp(-mean);
        double cumulative = term;
        int n = 0;
        while (u >= cumulative && n < MAX_OCCURRENCES) {
            n++;
            term *= mean / n;
            cumulative += term;
            if (term == 0 && n > mean) {
                break;
            }
        }
        return n;
    }
}
