package be.veerkracht.simulation;

import be.veerkracht.portfolio.ExactAmounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The plain day-by-day supply model of one part under a disruption schedule: the test oracle for any faster engine.
 *
 * <p>Each day d, in this order (a faster engine must reproduce it, floating-point operations included):
 * <ol>
 *   <li>receive what arrives on d (shipments already in transit arrive even if their source is now down);</li>
 *   <li>draw the day's demand; serve it from stock; the unserved rest is lost;</li>
 *   <li>the policy orders; {@link OrderSplit} sends the order to the sources that are up (a down source's part is
 *       not placed); what source i ships arrives on d + lead time<sub>i</sub>.</li>
 * </ol>
 * Day 0 starts with a full pipeline: as if each source had shipped its planned rate (share × mean daily demand) on
 * each of the lead-time days before day 0, so source i delivers that rate on days 0 … L<sub>i</sub>−1.
 *
 * <p>Cost: O(horizon × (sources + outages)) time, O(horizon + max lead time) memory.
 */
public final class ReferenceSupplySimulator {

    private final PartSupply part;
    private final ReplenishmentPolicy policy;

    public ReferenceSupplySimulator(PartSupply part, ReplenishmentPolicy policy) {
        this.part = Objects.requireNonNull(part, "part");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Simulates days 0 … horizonDays−1; keeps the per-day trace when {@code keepTrace}. */
    public SupplyOutcome run(DemandPath demand, DisruptionSchedule schedule, int horizonDays, boolean keepTrace) {
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(schedule, "schedule");
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizon must be >= 0 days, got " + horizonDays);
        }
        List<SupplySource> sources = part.sources();
        double mean = demand.meanUnitsPerDay();
        double[] arrivals = new double[horizonDays + maxLeadTime(sources) + schedule.maxExtraDays()];
        double inTransit = fillPipeline(sources, mean, arrivals);
        OrderSplit split = new OrderSplit(sources, schedule, mean);
        List<SupplyDay> trace = new ArrayList<>(keepTrace ? horizonDays : 0);

        double onHand = part.onHandUnits();
        double totalDemand = 0;
        double totalLost = 0;
        for (int day = 0; day < horizonDays; day++) {
            double received = arrivals[day];
            onHand += received;
            inTransit -= received;

            double wanted = demand.unitsOn(day);
            double served = Math.min(onHand, wanted);
            onHand -= served;
            double lost = wanted - served;
            totalDemand += wanted;
            totalLost += lost;

            double ordered = policy.orderUnits(day, onHand, inTransit);
            double[] shipped = split.split(ordered, day);
            double shippedTotal = 0;
            for (int i = 0; i < shipped.length; i++) {
                SupplySource source = sources.get(i);
                arrivals[day + source.leadTimeDays() + schedule.extraDays(source.id(), day)] += shipped[i];
                shippedTotal += shipped[i];
            }
            inTransit += shippedTotal;
            if (keepTrace) {
                trace.add(new SupplyDay(day, received, wanted, lost, onHand, ordered, shippedTotal, inTransit));
            }
        }
        return new SupplyOutcome(part.partId(), horizonDays, totalDemand, totalLost, valued(totalLost),
                totalDemand == 0 ? 1.0 : (totalDemand - totalLost) / totalDemand, trace);
    }

    /**
     * Lost units × cost per unit. Units are statistics (a double: demand is continuous); the booked amount is exact
     * from the units' shortest decimal form, rounded once to {@value ExactAmounts#MIN_SCALE} places half-even.
     */
    private BigDecimal valued(double lostUnits) {
        return BigDecimal.valueOf(lostUnits).multiply(part.shortageCostEurPerUnit())
                .setScale(ExactAmounts.MIN_SCALE, RoundingMode.HALF_EVEN);
    }

    private static double fillPipeline(List<SupplySource> sources, double mean, double[] arrivals) {
        double inTransit = 0;
        for (SupplySource source : sources) {
            double rate = source.plannedUnitsPerDay(mean);
            for (int day = 0; day < source.leadTimeDays() && day < arrivals.length; day++) {
                arrivals[day] += rate;
                inTransit += rate;
            }
        }
        return inTransit;
    }

    private static int maxLeadTime(List<SupplySource> sources) {
        int max = 0;
        for (SupplySource source : sources) {
            max = Math.max(max, source.leadTimeDays());
        }
        return max;
    }
}
