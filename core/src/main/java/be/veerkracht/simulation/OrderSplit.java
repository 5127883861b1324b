package be.veerkracht.simulation;

import java.util.List;
import java.util.OptionalInt;

/**
 * Splits one day's order among a part's sources.
 * <ul>
 *   <li>No source down: each ships share × order (the plan absorbs day-to-day noise; no capacity check).</li>
 *   <li>Some source down: a down source ships nothing, and that part of the order is not placed (lost, not queued;
 *       the base-stock gap re-orders it the next day). The sources still up take the order in proportion to their
 *       shares, each up to its daily limit ({@link SupplySource#limitPerDay}: planned rate, or capacity once
 *       {@code rampUpDays} have passed since the earliest active outage began); what one cannot take goes to the
 *       next with room, in list order (standby sources, share 0, come last and only take overflow); the rest is
 *       not placed.</li>
 * </ul>
 * O(sources × outages) per day.
 */
final class OrderSplit {

    private final List<SupplySource> sources;
    private final DisruptionSchedule schedule;
    private final double meanDailyDemandUnits;

    OrderSplit(List<SupplySource> sources, DisruptionSchedule schedule, double meanDailyDemandUnits) {
        this.sources = sources;
        this.schedule = schedule;
        this.meanDailyDemandUnits = meanDailyDemandUnits;
    }

    /** Units shipped by each source (same order as the sources) for an order placed on {@code day}. */
    double[] split(double orderUnits, int day) {
        double[] shipped = new double[sources.size()];
        OptionalInt outageStart = schedule.earliestActiveStart(sources, day);
        if (outageStart.isEmpty()) {
            for (int i = 0; i < shipped.length; i++) {
                shipped[i] = sources.get(i).share() * orderUnits;
            }
            return shipped;
        }
        double[] limit = new double[shipped.length];
        double upShare = 0;
        for (int i = 0; i < shipped.length; i++) {
            SupplySource source = sources.get(i);
            if (!schedule.isDown(source.id(), day)) {
                boolean rampedUp = day >= outageStart.getAsInt() + source.rampUpDays();
                limit[i] = source.limitPerDay(meanDailyDemandUnits, rampedUp);
                upShare += source.share();
            }
        }
        double placed = 0;
        if (upShare > 0) {
            for (int i = 0; i < shipped.length; i++) {
                shipped[i] = Math.min(limit[i], orderUnits * sources.get(i).share() / upShare);
                placed += shipped[i];
            }
        }
        double remaining = orderUnits - placed;
        for (int i = 0; i < shipped.length && remaining > 0; i++) {
            double extra = Math.min(remaining, limit[i] - shipped[i]);
            shipped[i] += extra;
            remaining -= extra;
        }
        return shipped;
    }
}
