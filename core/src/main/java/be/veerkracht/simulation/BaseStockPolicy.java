package be.veerkracht.simulation;

/**
 * Base-stock (order-up-to S) replenishment: each day order S − (on hand + in transit), never a negative amount. In
 * steady operation that is exactly what was consumed that day; after a disruption it re-orders the whole gap at
 * once. O(1) per day.
 *
 * <p>Reference: the base-stock policy for lost sales, e.g. S. Nahmias, "Simple approximations for a variety of dynamic
 * leadtime lost-sales inventory models", Operations Research 27(5):904–924, 1979, doi:10.1287/opre.27.5.904; and
 * P. H. Zipkin, Foundations of Inventory Management, McGraw-Hill, 2000, ch. 6.
 *
 * @param baseStockUnits the inventory position S to restore, units
 */
public record BaseStockPolicy(double baseStockUnits) implements ReplenishmentPolicy {

    public BaseStockPolicy {
        if (!(baseStockUnits >= 0 && baseStockUnits < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("base stock must be a finite number >= 0, got " + baseStockUnits);
        }
    }

    /**
     * The policy that keeps the position the part starts with: S = on hand + a full pipeline. This is the reading of
     * the portfolio as a snapshot of a running business: today's stock and orders are what the plan intends.
     */
    public static BaseStockPolicy keepingStartingPosition(PartSupply part, double meanDailyDemandUnits) {
        return new BaseStockPolicy(part.onHandUnits() + part.fullPipelineUnits(meanDailyDemandUnits));
    }

    @Override
    public double orderUnits(int day, double onHandUnits, double inTransitUnits) {
        return Math.max(0.0, baseStockUnits - onHandUnits - inTransitUnits);
    }
}
