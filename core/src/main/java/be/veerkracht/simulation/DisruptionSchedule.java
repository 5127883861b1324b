package be.veerkracht.simulation;

import java.util.List;
import java.util.OptionalInt;

/** The outages of one scenario, as they touch one part's sources. Windows of one source may overlap. */
public record DisruptionSchedule(List<Outage> outages) {

    public static final DisruptionSchedule NONE = new DisruptionSchedule(List.of());

    public DisruptionSchedule {
        outages = List.copyOf(outages);
    }

    public static DisruptionSchedule of(Outage... outages) {
        return new DisruptionSchedule(List.of(outages));
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
