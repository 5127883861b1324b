package be.veerkracht.inventory;

/**
 * A reorder point and the safety stock in it, with the safety factor that gives the service target.
 *
 * @param safetyFactor       k: safety stock in standard deviations of demand over the protection interval
 * @param safetyStockUnits   k·σ, units
 * @param reorderPointUnits  mean demand over the protection interval + safety stock, units (for periodic review: the
 *                           order-up-to level)
 * @param expectedShortUnits expected units short per replenishment cycle, σ·G(k)
 */
public record BufferTarget(double safetyFactor, double safetyStockUnits, double reorderPointUnits,
                           double expectedShortUnits) {
}
