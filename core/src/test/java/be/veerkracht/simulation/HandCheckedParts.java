package be.veerkracht.simulation;

import java.math.BigDecimal;
import java.util.List;

/** The small parts of the hand-computed cases, shared by the example and property tests. */
final class HandCheckedParts {

    static final double DEMAND_PER_DAY = 10;
    static final int LEAD_TIME_DAYS = 20;
    static final BigDecimal SHORTAGE_COST = new BigDecimal("12.50");
    static final SteadyDemand STEADY = new SteadyDemand(DEMAND_PER_DAY);

    private HandCheckedParts() {
    }

    /** Single source S01, lead time 20, no flex. */
    static PartSupply singleSourced(double onHandUnits) {
        return new PartSupply("P1", onHandUnits, List.of(new SupplySource("S01", 1.0, LEAD_TIME_DAYS, null, 0)),
                SHORTAGE_COST);
    }

    /** S01 and S02 at share 0.5 each, lead time 20; S02 can make the whole demand (3,650/year = 10/day). */
    static PartSupply dualSourced(double onHandUnits, Double secondCapacityPerYear, int secondRampUpDays) {
        return new PartSupply("P2", onHandUnits, List.of(
                new SupplySource("S01", 0.5, LEAD_TIME_DAYS, null, 0),
                new SupplySource("S02", 0.5, LEAD_TIME_DAYS, secondCapacityPerYear, secondRampUpDays)),
                SHORTAGE_COST);
    }

    static SupplyOutcome run(PartSupply part, DemandPath demand, DisruptionSchedule schedule, int horizonDays) {
        ReplenishmentPolicy policy = BaseStockPolicy.keepingStartingPosition(part, demand.meanUnitsPerDay());
        return new ReferenceSupplySimulator(part, policy).run(demand, schedule, horizonDays, true);
    }
}
