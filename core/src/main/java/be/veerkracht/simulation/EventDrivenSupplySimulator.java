package be.veerkracht.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The production engine of the stress test: the same supply model as {@link ReferenceSupplySimulator}, with steady
 * demand and the base-stock policy that keeps the starting position, but it steps a part only through the days where
 * something can happen.
 *
 * <ul>
 *   <li><b>Quiet days before the first disruption are skipped.</b> With steady demand a part that nothing touches
 *       stays in its starting state (stock, a full pipeline, orders equal to demand), so the run starts on the first
 *       day a window opens, from the starting state. The reference steps through those days and its state can drift
 *       by floating-point rounding of the daily sums (a share of 0.3 plus one of 0.7 is not exactly 1); that drift,
 *       a few units in the last place, is the only difference, bounded in {@code EventDrivenEngineTest}.</li>
 *   <li><b>Quiet days after recovery are skipped.</b> Once every window has closed, every shipment made before then
 *       has arrived, and for the longest lead time in a row no demand was lost and each day's order was the mean
 *       demand (within 10<sup>-9</sup> relative), the pipeline holds exactly the steady pattern again and stock is
 *       not negative, so no later day can lose anything: the run stops.</li>
 *   <li>From the first window to the stop, each day repeats the reference's operations in the reference's order
 *       (receive, serve, order, split, ship), so the numbers agree to rounding.</li>
 * </ul>
 * Cost per part and scenario: O((days from the first window to the stop) × sources × windows), instead of
 * O(horizon × …) for every part in every scenario. Thread-safe: a run keeps its state on its own stack.
 */
public final class EventDrivenSupplySimulator {

    /** Relative tolerance for "this day's order is the steady order". */
    private static final double STEADY_ORDER_TOLERANCE = 1e-9;

    private final double meanUnitsPerDay;
    private final double baseStockUnits;
    private final double onHandUnits;
    private final double[] share;
    private final int[] leadTime;
    private final double[] planned;
    private final double[] rampedLimit;
    private final int[] rampUp;
    private final int maxLeadTime;
    private final Map<String, Integer> indexById = new HashMap<>();

    /**
     * @param meanUnitsPerDay the steady daily demand, the very double the reference's {@link SteadyDemand} returns
     */
    public EventDrivenSupplySimulator(PartSupply part, double meanUnitsPerDay) {
        Objects.requireNonNull(part, "part");
        this.meanUnitsPerDay = meanUnitsPerDay;
        this.baseStockUnits = BaseStockPolicy.keepingStartingPosition(part, meanUnitsPerDay).baseStockUnits();
        this.onHandUnits = part.onHandUnits();
        List<SupplySource> sources = part.sources();
        int n = sources.size();
        share = new double[n];
        leadTime = new int[n];
        planned = new double[n];
        rampedLimit = new double[n];
        rampUp = new int[n];
        int maxLead = 0;
        for (int i = 0; i < n; i++) {
            SupplySource source = sources.get(i);
            indexById.put(source.id(), i);
            share[i] = source.share();
            leadTime[i] = source.leadTimeDays();
            planned[i] = source.plannedUnitsPerDay(meanUnitsPerDay);
            rampedLimit[i] = source.limitPerDay(meanUnitsPerDay, true);
            rampUp[i] = source.rampUpDays();
            maxLead = Math.max(maxLead, leadTime[i]);
        }
        this.maxLeadTime = maxLead;
    }

    /** Units of demand lost over days 0 … horizon−1, and how many days were stepped to find out. */
    public Outcome run(DisruptionSchedule schedule, int horizonDays) {
        Windows windows = new Windows(schedule, indexById);
        if (windows.firstStart >= horizonDays || share.length == 0) {
            return new Outcome(0, 0);
        }
        int first = windows.firstStart;
        int n = share.length;
        double[] arrivals = new double[horizonDays - first + maxLeadTime + windows.maxExtraDays];
        double inTransit = 0;
        for (int i = 0; i < n; i++) {
            for (int day = 0; day < leadTime[i]; day++) {
                arrivals[day] += planned[i];
                inTransit += planned[i];
            }
        }
        double[] shipped = new double[n];
        double[] limit = new double[n];
        double onHand = onHandUnits;
        double totalLost = 0;
        int quietAfter = windows.lastEnd + maxLeadTime + windows.maxExtraDays;
        int steadyDays = 0;
        int day = first;
        for (; day < horizonDays; day++) {
            int slot = day - first;
            double received = arrivals[slot];
            onHand += received;
            inTransit -= received;

            double wanted = meanUnitsPerDay;
            double served = Math.min(onHand, wanted);
            onHand -= served;
            double lost = wanted - served;
            totalLost += lost;

            double ordered = Math.max(0.0, baseStockUnits - onHand - inTransit);
            split(ordered, day, windows, shipped, limit);
            double shippedTotal = 0;
            for (int i = 0; i < n; i++) {
                arrivals[slot + leadTime[i] + windows.extraDays(i, day)] += shipped[i];
                shippedTotal += shipped[i];
            }
            inTransit += shippedTotal;

            boolean steady = day >= windows.lastEnd && lost == 0
                    && Math.abs(ordered - meanUnitsPerDay) <= STEADY_ORDER_TOLERANCE * meanUnitsPerDay;
            steadyDays = steady ? steadyDays + 1 : 0;
            if (day + 1 >= quietAfter && steadyDays >= maxLeadTime) {
                day++;
                break;
            }
        }
        return new Outcome(totalLost, day - first);
    }

    /** {@link OrderSplit#split}, operation for operation, on arrays. */
    private void split(double ordered, int day, Windows windows, double[] shipped, double[] limit) {
        int n = share.length;
        int earliest = windows.earliestActiveStart(day);
        if (earliest == Integer.MAX_VALUE) {
            for (int i = 0; i < n; i++) {
                shipped[i] = share[i] * ordered;
            }
            return;
        }
        double upShare = 0;
        for (int i = 0; i < n; i++) {
            shipped[i] = 0;
            limit[i] = 0;
            if (!windows.isDown(i, day)) {
                boolean rampedUp = day >= earliest + rampUp[i];
                limit[i] = rampedUp ? rampedLimit[i] : planned[i];
                upShare += share[i];
            }
        }
        double placed = 0;
        if (upShare > 0) {
            for (int i = 0; i < n; i++) {
                shipped[i] = Math.min(limit[i], ordered * share[i] / upShare);
                placed += shipped[i];
            }
        }
        double remaining = ordered - placed;
        for (int i = 0; i < n && remaining > 0; i++) {
            double extra = Math.min(remaining, limit[i] - shipped[i]);
            shipped[i] += extra;
            remaining -= extra;
        }
    }

    /**
     * What a run found.
     *
     * @param lostUnits   units of demand lost over the horizon
     * @param daysStepped days the engine actually stepped (the reference steps the whole horizon)
     */
    public record Outcome(double lostUnits, int daysStepped) {
    }

    /** A schedule's windows as arrays of source indices; windows of sources the part does not have are dropped. */
    private static final class Windows {
        final int[] outageSource;
        final int[] outageStart;
        final int[] outageEnd;
        final int[] delaySource;
        final int[] delayStart;
        final int[] delayEnd;
        final int[] delayDays;
        final int firstStart;
        final int lastEnd;
        final int maxExtraDays;

        Windows(DisruptionSchedule schedule, Map<String, Integer> indexById) {
            List<Outage> outages = schedule.outages().stream().filter(o -> indexById.containsKey(o.sourceId()))
                    .filter(o -> o.endDay() > o.startDay()).toList();
            List<ShipmentDelay> delays = schedule.delays().stream()
                    .filter(d -> indexById.containsKey(d.sourceId())).filter(d -> d.endDay() > d.startDay()).toList();
            outageSource = new int[outages.size()];
            outageStart = new int[outages.size()];
            outageEnd = new int[outages.size()];
            int first = Integer.MAX_VALUE;
            int last = 0;
            for (int k = 0; k < outages.size(); k++) {
                Outage outage = outages.get(k);
                outageSource[k] = indexById.get(outage.sourceId());
                outageStart[k] = outage.startDay();
                outageEnd[k] = outage.endDay();
                first = Math.min(first, outage.startDay());
                last = Math.max(last, outage.endDay());
            }
            delaySource = new int[delays.size()];
            delayStart = new int[delays.size()];
            delayEnd = new int[delays.size()];
            delayDays = new int[delays.size()];
            int extra = 0;
            for (int k = 0; k < delays.size(); k++) {
                ShipmentDelay delay = delays.get(k);
                delaySource[k] = indexById.get(delay.sourceId());
                delayStart[k] = delay.startDay();
                delayEnd[k] = delay.endDay();
                delayDays[k] = delay.extraDays();
                extra += delay.extraDays();
                first = Math.min(first, delay.startDay());
                last = Math.max(last, delay.endDay());
            }
            firstStart = first;
            lastEnd = last;
            maxExtraDays = extra;
        }

        boolean isDown(int source, int day) {
            for (int k = 0; k < outageSource.length; k++) {
                if (outageSource[k] == source && day >= outageStart[k] && day < outageEnd[k]) {
                    return true;
                }
            }
            return false;
        }

        int earliestActiveStart(int day) {
            int earliest = Integer.MAX_VALUE;
            for (int k = 0; k < outageSource.length; k++) {
                if (day >= outageStart[k] && day < outageEnd[k] && outageStart[k] < earliest) {
                    earliest = outageStart[k];
                }
            }
            return earliest;
        }

        int extraDays(int source, int day) {
            int extra = 0;
            for (int k = 0; k < delaySource.length; k++) {
                if (delaySource[k] == source && day >= delayStart[k] && day < delayEnd[k]) {
                    extra += delayDays[k];
                }
            }
            return extra;
        }
    }
}
