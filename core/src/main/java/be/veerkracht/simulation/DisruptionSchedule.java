package be.veerkracht.simulation;

import java.util.List;
import java.util.OptionalInt;

/**
 * The outages and shipment delays of one scenario, as they touch one part's sources. Windows of one source may
 * overlap (delays then add up).
 */
public record DisruptionSchedule(List<Outage> outages, List<ShipmentDelay> delays) {

    public static final DisruptionSchedule NONE = new DisruptionSchedule(List.of(), List.of());

    public DisruptionSchedule {
        outages = List.copyOf(outages);
        delays = List.copyOf(delays);
    }

    /** Outages only. */
    public DisruptionSchedule(List<Outage> outages) {
        this(outages, List.of());
    }

    public static DisruptionSchedule of(Outage... outages) {
        return new DisruptionSchedule(List.of(outages));
    }

    /** Days added to a shipment {@code sourceId} ships on {@code day}: the sum of the delays covering that day. */
    public int extraDays(String sourceId, int day) {
        int extra = 0;
        for (ShipmentDelay delay : delays) {
            if (delay.sourceId().equals(sourceId) && delay.covers(day)) {
                extra += delay.extraDays();
            }
        }
        return extra;
    }

    /** The most days any shipment can be delayed: the sum of all delays (an upper bound, for array sizes). */
    public int maxExtraDays() {
        int extra = 0;
        for (ShipmentDelay delay : delays) {
            extra += delay.extraDays();
        }
        return extra;
    }

    public boolean isDown(String sourceId, int day) {
        for (Outage outage : outages) {
            if (outage.sourceId().equals(sourceId) && outage.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of the earliest outage covering {@code day} among the given sources: the day the others began to
     * ramp up. Empty when none of them is down.
     */
    public OptionalInt earliestActiveStart(List<SupplySource> sources, int day) {
        int earliest = Integer.MAX_VALUE;
        for (Outage outage : outages) {
            if (outage.covers(day) && outage.startDay() < earliest && covers(sources, outage.sourceId())) {
                earliest = outage.startDay();
            }
        }
        return earliest == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(earliest);
    }

    private static boolean covers(List<SupplySource> sources, String sourceId) {
        return sources.stream().anyMatch(source -> source.id().equals(sourceId));
    }
}
