package be.veerkracht.inventory;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Safety stock and reorder point for every part of a portfolio, continuous review, at the service level of its
 * criticality.
 *
 * <p>Lead time of a source mix: orders go to source i with probability share<sub>i</sub> (active sources, shares
 * normalised), so the lead time is a mixture: mean Σ s<sub>i</sub>·L<sub>i</sub>, variance
 * Σ s<sub>i</sub>·(σ<sub>i</sub>² + L<sub>i</sub>²) − mean² (law of total variance). A second source with a different
 * lead time therefore adds variance even when both are punctual: stated, and shown in the plan. Demand: annual / 365
 * per day, σ<sub>day</sub> = weekly sd / √7. Unit value: Σ s<sub>i</sub>·price<sub>i</sub>, exact.
 */
public final class BufferPlanner {

    private final ServiceLevels levels;

    public BufferPlanner(ServiceLevels levels) {
        this.levels = Objects.requireNonNull(levels, "levels");
    }

    /** Parts with demand and an active source, in portfolio order. */
    public List<PartBufferPlan> plan(Portfolio portfolio) {
        List<PartBufferPlan> plans = new ArrayList<>();
        for (Part part : portfolio.parts()) {
            List<SourcingLink> active = portfolio.linksOf(part.id()).stream()
                    .filter(link -> link.qualification().qualified() && link.share() > 0).toList();
            if (active.isEmpty() || part.annualDemandUnits() <= 0) {
                continue;
            }
            plans.add(plan(part, active));
        }
        return List.copyOf(plans);
    }

    private PartBufferPlan plan(Part part, List<SourcingLink> active) {
        double shares = active.stream().mapToDouble(SourcingLink::share).sum();
        double mean = 0;
        double secondMoment = 0;
        BigDecimal value = BigDecimal.ZERO;
        for (SourcingLink link : active) {
            double s = link.share() / shares;
            double l = link.leadTime().days();
            double sd = link.leadTime().sdDays();
            mean += s * l;
            secondMoment += s * (sd * sd + l * l);
            value = value.add(link.price().perUnitEur().multiply(BigDecimal.valueOf(s)));
        }
        double leadTimeSd = Math.sqrt(Math.max(0, secondMoment - mean * mean));
        LeadTimeDemand demand = LeadTimeDemand.fromWeekly(part.annualDemandUnits(), part.weeklyDemandSdUnits(), mean,
                leadTimeSd);
        double level = levels.of(part.criticality());
        BufferTarget target = SafetyStock.forCycleServiceLevel(demand, level);
        double days = demand.meanPerDay() == 0 ? 0 : target.safetyStockUnits() / demand.meanPerDay();
        BigDecimal unitValue = value.setScale(4, RoundingMode.HALF_EVEN);
        BigDecimal safetyValue = BigDecimal.valueOf(Math.max(0, target.safetyStockUnits())).multiply(unitValue)
                .setScale(2, RoundingMode.HALF_EVEN);
        return new PartBufferPlan(part.id().value(), demand, level, target, days, part.onHandUnits(), unitValue,
                safetyValue);
    }
}
