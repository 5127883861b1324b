package be.veerkracht.simulation;

import java.util.List;
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
 *   <li><b>Steady stretches are jumped.</b> A day whose shipments equal the day before's (within 10<sup>-9</sup> of
 *       a day's demand, per source) and are as late is regular; once every shipment of an irregular day (and
 *       the starting pipeline) has arrived, the pipeline holds nothing but copies of today's shipments. If on such a
 *       day stock and goods in transit also do not move (received = served = shipped), the next day is the same day
 *       again, and so is every day until the rules change (a window opens or closes, a source finishes ramping up).
 *       The engine adds that day's loss for each day it skips and jumps to the change, moving the pipeline along, or
 *       stops at the horizon. This covers the quiet days after recovery, an outage in which nothing arrives and
 *       every day is lost, a flexing source that covers demand, and a long delay once stock has settled. (One product
 *       for n skipped days instead of n sums, and shipments equal "within 10<sup>-9</sup>", differ from the
 *       reference in the last bits: part of the bound below.)</li>
 *   <li>From the first window to the stop, each day repeats the reference's operations in the reference's order
 *       (receive, serve, order, split, ship), so the numbers agree to rounding.</li>
 * </ul>
 * Cost per part and scenario: O((days from the first window to the stop) × sources × windows), instead of
 * O(horizon × …) for every part in every scenario. Thread-safe: a run keeps its state on its own stack.
 */
public final class EventDrivenSupplySimulator {

    /** Relative to mean daily demand: how close two days' flows must be to count as the same. */
    private static final double STEADY_TOLERANCE = 1e-9;

    private final double meanUnitsPerDay;
    private final double baseStockUnits;
    private final double onHandUnits;
    private final double[] share;
    private final int[] leadTime;
    private final double[] planned;
    private final double[] rampedLimit;
    private final int[] rampUp;
    private final int maxLeadTime;
    private final PartSupply part;
    /** What arrives on days 0, 1, … from the full starting pipeline, summed source by source as the reference does. */
    private final double[] initialArrivals;
    /** The starting pipeline's units, summed in the reference's order. */
    private final double initialInTransit;

    /**
     * @param meanUnitsPerDay the steady daily demand, the very double the reference's {@link SteadyDemand} returns
     */
    public EventDrivenSupplySimulator(PartSupply part, double meanUnitsPerDay) {
        this.part = Objects.requireNonNull(part, "part");
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
            share[i] = source.share();
            leadTime[i] = source.leadTimeDays();
            planned[i] = source.plannedUnitsPerDay(meanUnitsPerDay);
            rampedLimit[i] = source.limitPerDay(meanUnitsPerDay, true);
            rampUp[i] = source.rampUpDays();
            maxLead = Math.max(maxLead, leadTime[i]);
        }
        this.maxLeadTime = maxLead;
        this.initialArrivals = new double[maxLead];
        double transit = 0;
        for (int i = 0; i < n; i++) {
            for (int day = 0; day < leadTime[i]; day++) {
                initialArrivals[day] += planned[i];
                transit += planned[i];
            }
        }
        this.initialInTransit = transit;
    }

    /** Units of demand lost over days 0 … horizon−1, and how many days were stepped to find out. */
    public Outcome run(DisruptionSchedule schedule, int horizonDays) {
        return run(PartWindows.of(schedule, part), horizonDays);
    }

    /** As {@link #run(DisruptionSchedule, int)}, from windows by source index (no allocation per window). */
    public Outcome run(PartWindows given, int horizonDays) {
        Rules rules = new Rules(given, rampUp);
        int first = rules.firstStart;
        int n = share.length;
        if (first >= horizonDays || n == 0 || stockCovers(rules, horizonDays)) {
            return new Outcome(0, 0);
        }
        // The pipeline lives in a ring: slot (day mod size) holds what arrives on day; a slot is emptied when read.
        int span = maxLeadTime + rules.maxExtraDays + 1;
        int size = Integer.highestOneBit(Math.max(span, initialArrivals.length) * 2);
        int mask = size - 1;
        double[] ring = given.ring(size);
        for (int k = 0; k < initialArrivals.length; k++) {
            ring[(first + k) & mask] = initialArrivals[k];
        }
        double inTransit = initialInTransit;
        double[] shipped = given.shipped(n);
        Today today = new Today(rules);
        double onHand = onHandUnits;
        double totalLost = 0;
        double tolerance = STEADY_TOLERANCE * meanUnitsPerDay;
        double[] previous = given.previous(n);
        int[] previousExtra = given.previousExtra(n);
        // The starting pipeline counts as irregular: it arrives by day first + longest lead time − 1.
        int lastIrregularArrival = first + maxLeadTime - 1;
        int stepped = 0;
        for (int day = first; day < horizonDays; day++) {
            stepped++;
            int slot = day & mask;
            double received = ring[slot];
            ring[slot] = 0;
            onHand += received;
            inTransit -= received;

            double wanted = meanUnitsPerDay;
            double served = Math.min(onHand, wanted);
            onHand -= served;
            double lost = wanted - served;
            totalLost += lost;

            double ordered = Math.max(0.0, baseStockUnits - onHand - inTransit);
            today.moveTo(day);
            split(ordered, today, shipped);
            double shippedTotal = 0;
            for (int i = 0; i < n; i++) {
                ring[(day + leadTime[i] + today.extra[i]) & mask] += shipped[i];
                shippedTotal += shipped[i];
            }
            inTransit += shippedTotal;

            // A day whose shipments (and delays) are yesterday's is regular; what an irregular day ships is in the
            // pipeline until its arrival. Once every irregular shipment has arrived, the pipeline holds nothing but
            // copies of today's shipments.
            boolean regular = day > first;
            for (int i = 0; i < n; i++) {
                regular &= Math.abs(shipped[i] - previous[i]) <= tolerance && today.extra[i] == previousExtra[i];
                previous[i] = shipped[i];
                previousExtra[i] = today.extra[i];
            }
            if (!regular) {
                lastIrregularArrival = Math.max(lastIrregularArrival, day + today.maxReach);
            }
            // Steady today: stock and goods in transit did not move. With a pipeline of copies of today's shipments,
            // tomorrow is today again, and so is every day up to the next change of the rules.
            boolean steady = Math.abs(received - served) <= tolerance
                    && Math.abs(shippedTotal - received) <= tolerance;
            if (steady && lastIrregularArrival <= day) {
                int next = Math.min(rules.nextChangeAfter(day), horizonDays);
                totalLost += lost * (next - day - 1);
                if (next >= horizonDays) {
                    break;
                }
                if (next > day + 1) {
                    double[] pipeline = given.pipeline(span);
                    for (int k = 0; k < span; k++) {
                        pipeline[k] = ring[(day + 1 + k) & mask];
                        ring[(day + 1 + k) & mask] = 0;
                    }
                    for (int k = 0; k < span; k++) {
                        ring[(next + k) & mask] = pipeline[k];
                    }
                    day = next - 1;
                }
            }
        }
        return new Outcome(totalLost, stepped);
    }

    /**
     * With noisy demand: the units the windows cost beyond what the same demand loses without them. Both runs go
     * from day 0 to the horizon in lockstep on one demand path (no skipping: noise makes every day different), each
     * repeating the reference's operations in its order, so each equals a {@link ReferenceSupplySimulator} run
     * bit for bit, and so does the difference.
     */
    public Outcome runAttributable(PartWindows given, int horizonDays, DemandPath demand) {
        Rules rules = new Rules(given, rampUp);
        if (rules.firstStart >= horizonDays || share.length == 0) {
            return new Outcome(0, 0);
        }
        double[] wanted = given.demand(horizonDays);
        for (int day = 0; day < horizonDays; day++) {
            wanted[day] = demand.unitsOn(day);
        }
        double with = lostFromDayZero(rules, horizonDays, wanted, given);
        double without = lostFromDayZero(Rules.NONE, horizonDays, wanted, given);
        return new Outcome(with - without, 2 * horizonDays);
    }

    /** The reference's day loop over the whole horizon, on a linear arrivals array as the reference keeps it. */
    private double lostFromDayZero(Rules rules, int horizonDays, double[] wanted, PartWindows scratch) {
        int n = share.length;
        double[] arrivals = scratch.arrivals(horizonDays + maxLeadTime + rules.maxExtraDays);
        System.arraycopy(initialArrivals, 0, arrivals, 0, Math.min(initialArrivals.length, arrivals.length));
        double inTransit = initialInTransit;
        double[] shipped = scratch.shipped(n);
        Today today = new Today(rules);
        double onHand = onHandUnits;
        double totalLost = 0;
        for (int day = 0; day < horizonDays; day++) {
            double received = arrivals[day];
            onHand += received;
            inTransit -= received;
            double served = Math.min(onHand, wanted[day]);
            onHand -= served;
            totalLost += wanted[day] - served;
            double ordered = Math.max(0.0, baseStockUnits - onHand - inTransit);
            today.moveTo(day);
            split(ordered, today, shipped);
            double shippedTotal = 0;
            for (int i = 0; i < n; i++) {
                arrivals[day + leadTime[i] + today.extra[i]] += shipped[i];
                shippedTotal += shipped[i];
            }
            inTransit += shippedTotal;
        }
        return totalLost;
    }

    /**
     * Whether the stock on hand covers the most the windows can take away, so that no day can run short. While no
     * demand is lost every order is a day's demand, so arrivals fall behind the steady flow by at most: for each
     * outage of source i, share<sub>i</sub> × mean × its days inside the horizon (the orders it did not take; the
     * catch-up after recovery only brings them back), and for each delay, share<sub>i</sub> × mean × its extra days
     * (its shipments shifted that much later). Sources that stand in only help. If the stock is at least the sum
     * (plus 10<sup>-9</sup> relative), every day still finds a day's demand on hand: nothing is lost.
     */
    private boolean stockCovers(Rules rules, int horizonDays) {
        double shortfall = 0;
        for (int k = 0; k < rules.outages; k++) {
            int days = Math.min(rules.outageEnd[k], horizonDays) - rules.outageStart[k];
            shortfall += share[rules.outageSource[k]] * meanUnitsPerDay * Math.max(0, days);
        }
        for (int k = 0; k < rules.delays; k++) {
            if (rules.delayEnd[k] > rules.delayStart[k]) {
                shortfall += share[rules.delaySource[k]] * meanUnitsPerDay * rules.delayDays[k];
            }
        }
        return onHandUnits >= shortfall * (1 + STEADY_TOLERANCE) + STEADY_TOLERANCE * meanUnitsPerDay;
    }

    /** {@link OrderSplit#split}, operation for operation, on arrays, with today's limits worked out once. */
    private void split(double ordered, Today today, double[] shipped) {
        int n = share.length;
        if (!today.anyDown) {
            for (int i = 0; i < n; i++) {
                shipped[i] = share[i] * ordered;
            }
            return;
        }
        double[] limit = today.limit;
        double upShare = today.upShare;
        double placed = 0;
        for (int i = 0; i < n; i++) {
            shipped[i] = 0;
        }
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
     * What the rules say on the current day (sources down, their limits, the delays), worked out again only when a
     * change day is reached: between two changes nothing of it moves.
     */
    private final class Today {
        private final Rules rules;
        private int validUntil = Integer.MIN_VALUE;
        boolean anyDown;
        double upShare;
        /** The longest lead time plus delay of a shipment made today. */
        int maxReach;
        final double[] limit = new double[share.length];
        final int[] extra = new int[share.length];

        Today(Rules rules) {
            this.rules = rules;
        }

        void moveTo(int day) {
            if (day < validUntil) {
                return;
            }
            validUntil = rules.nextChangeAfter(day);
            maxReach = 0;
            int earliest = rules.earliestActiveStart(day);
            anyDown = earliest != Integer.MAX_VALUE;
            upShare = 0;
            for (int i = 0; i < share.length; i++) {
                extra[i] = rules.extraDays(i, day);
                maxReach = Math.max(maxReach, leadTime[i] + extra[i]);
                limit[i] = 0;
                if (anyDown && !rules.isDown(i, day)) {
                    boolean rampedUp = day >= earliest + rampUp[i];
                    limit[i] = rampedUp ? rampedLimit[i] : planned[i];
                    upShare += share[i];
                }
            }
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

    /**
     * The windows of one run, ready for daily questions: outages merged per source, first start, the sum of all
     * delays (the most any shipment can be late), and the days the rules change.
     */
    private static final class Rules {
        /** No window at all: normal operation. */
        static final Rules NONE = new Rules(new PartWindows(), new int[0]);
        final int[] outageSource;
        final int[] outageStart;
        final int[] outageEnd;
        final int outages;
        final int[] delaySource;
        final int[] delayStart;
        final int[] delayEnd;
        final int[] delayDays;
        final int delays;
        final int firstStart;
        final int maxExtraDays;
        /** Days on which the split or shipping rules change, ascending, each once. */
        final int[] changes;
        final int changeCount;

        Rules(PartWindows given, int[] rampUp) {
            // Merge overlapping or touching outages of one source (insertion sort by source, then start: few).
            int count = 0;
            int[] source = new int[given.outageCount];
            int[] start = new int[given.outageCount];
            int[] end = new int[given.outageCount];
            for (int k = 0; k < given.outageCount; k++) {
                if (given.outageEnd[k] <= given.outageStart[k]) {
                    continue;
                }
                int s = given.outageSource[k];
                int b = given.outageStart[k];
                int e = given.outageEnd[k];
                int at = count;
                while (at > 0 && (source[at - 1] > s || source[at - 1] == s && start[at - 1] > b)) {
                    source[at] = source[at - 1];
                    start[at] = start[at - 1];
                    end[at] = end[at - 1];
                    at--;
                }
                source[at] = s;
                start[at] = b;
                end[at] = e;
                count++;
            }
            int merged = 0;
            for (int k = 0; k < count; k++) {
                if (merged > 0 && source[merged - 1] == source[k] && start[k] <= end[merged - 1]) {
                    end[merged - 1] = Math.max(end[merged - 1], end[k]);
                } else {
                    source[merged] = source[k];
                    start[merged] = start[k];
                    end[merged] = end[k];
                    merged++;
                }
            }
            outageSource = source;
            outageStart = start;
            outageEnd = end;
            outages = merged;
            delaySource = given.delaySource;
            delayStart = given.delayStart;
            delayEnd = given.delayEnd;
            delayDays = given.delayDays;
            int first = Integer.MAX_VALUE;
            int extra = 0;
            int realDelays = 0;
            for (int k = 0; k < given.delayCount; k++) {
                if (given.delayEnd[k] > given.delayStart[k]) {
                    first = Math.min(first, given.delayStart[k]);
                    extra += given.delayDays[k];
                    realDelays = k + 1;
                }
            }
            delays = realDelays;
            for (int k = 0; k < merged; k++) {
                first = Math.min(first, start[k]);
            }
            firstStart = first;
            maxExtraDays = extra;
            int[] days = new int[2 * merged * (1 + rampUp.length) + 2 * delays];
            int d = 0;
            for (int k = 0; k < merged; k++) {
                days[d++] = start[k];
                days[d++] = end[k];
                for (int ramp : rampUp) {
                    days[d++] = start[k] + ramp;
                }
            }
            for (int k = 0; k < delays; k++) {
                days[d++] = delayStart[k];
                days[d++] = delayEnd[k];
            }
            java.util.Arrays.sort(days, 0, d);
            int unique = 0;
            for (int k = 0; k < d; k++) {
                if (unique == 0 || days[unique - 1] != days[k]) {
                    days[unique++] = days[k];
                }
            }
            changes = days;
            changeCount = unique;
        }

        boolean isDown(int source, int day) {
            for (int k = 0; k < outages; k++) {
                if (outageSource[k] == source && day >= outageStart[k] && day < outageEnd[k]) {
                    return true;
                }
            }
            return false;
        }

        int earliestActiveStart(int day) {
            if (outages == 0) {
                return Integer.MAX_VALUE;
            }
            int earliest = Integer.MAX_VALUE;
            for (int k = 0; k < outages; k++) {
                if (day >= outageStart[k] && day < outageEnd[k] && outageStart[k] < earliest) {
                    earliest = outageStart[k];
                }
            }
            return earliest;
        }

        int extraDays(int source, int day) {
            if (delays == 0) {
                return 0;
            }
            int extra = 0;
            for (int k = 0; k < delays; k++) {
                if (delaySource[k] == source && day >= delayStart[k] && day < delayEnd[k]) {
                    extra += delayDays[k];
                }
            }
            return extra;
        }

        int nextChangeAfter(int day) {
            for (int k = 0; k < changeCount; k++) {
                if (changes[k] > day) {
                    return changes[k];
                }
            }
            return Integer.MAX_VALUE;
        }
    }
}
