package be.veerkracht.simulation;

/**
 * Continuous-review (r, Q) replenishment, reviewed daily: when the inventory position (on hand + in transit) is at or
 * below r, order the smallest multiple of Q that lifts it above r (Silver, Pyke and Thomas 2017, §7.1; the (r, nQ)
 * form keeps the position above r after a large demand). Targets r and Q come from
 * {@code be.veerkracht.inventory.SafetyStock} or {@code ReorderPointQuantity}. O(1) per day.
 *
 * @param reorderPointUnits r, units of inventory position
 * @param orderQuantityUnits Q, units, &gt; 0
 */
public record ReorderPointPolicy(double reorderPointUnits, double orderQuantityUnits) implements ReplenishmentPolicy {

    public ReorderPointPolicy {
        if (!(orderQuantityUnits > 0 && orderQuantityUnits < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("order quantity must be a finite number > 0, got " + orderQuantityUnits);
        }
        if (!(reorderPointUnits < Double.POSITIVE_INFINITY) || Double.isNaN(reorderPointUnits)) {
            throw new IllegalArgumentException("reorder point must be a finite number, got " + reorderPointUnits);
        }
    }

    @Override
    public double orderUnits(int day, double onHandUnits, double inTransitUnits) {
        double position = onHandUnits + inTransitUnits;
        if (position > reorderPointUnits) {
            return 0;
        }
        double batches = Math.floor((reorderPointUnits - position) / orderQuantityUnits) + 1;
        return batches * orderQuantityUnits;
    }
}
