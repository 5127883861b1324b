package be.veerkracht.simulation.montecarlo;

import be.veerkracht.simulation.events.EventRate;
import java.util.Objects;

/**
 * One independent source of events in a scenario: an event of the catalogue applied to what it hits (a supplier
 * site, a footprint, everything), with the sources (part, source index) it stops or delays.
 *
 * @param index         position in the model; part of every random draw's counter, so it must be stable
 * @param target        what it applies to, for people: a site id ({@code S01}, {@code S01/Gent}), a footprint code,
 *                      or {@code *}
 * @param extraDays     0 for an outage; for a delay, the days added to each shipment
 * @param targetParts   part index of each source hit
 * @param targetSources source index (within the part) of each source hit
 * @param recoveryDays  per source hit: the link's {@code recovery_days} when the event uses them, else -1
 */
public record EventStream(int index, EventScope scope, String target, EventRate rate, int extraDays,
                          int[] targetParts, int[] targetSources, int[] recoveryDays) {

    public EventStream {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rate, "rate");
        if (targetParts.length != targetSources.length || targetParts.length != recoveryDays.length) {
            throw new IllegalArgumentException("targets of " + rate.event() + " are inconsistent");
        }
    }

    /** The event's code: {@code FIRE}, {@code TAIWAN_STRAIT}, ... */
    public String event() {
        return rate.event();
    }

    public boolean isDelay() {
        return extraDays > 0;
    }

    /** Expected occurrences over the horizon, rate × horizon / 365. */
    public double expectedOccurrences(int horizonDays) {
        return rate.annualRate() * horizonDays / 365.0;
    }
}
