package be.veerkracht.inventory;

import be.veerkracht.simulation.ReorderPointPolicy;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The continuous-review (r, Q) policy recommended for one part: when stock on hand plus on order falls to r, order
 * Q. r is the buffer plan's reorder point (the part's service level); Q the economic order quantity.
 *
 * @param reorderPointUnits       r, units of inventory position (from {@link PartBufferPlan})
 * @param orderQuantityUnits      Q, units: the EOQ rounded up to a whole unit, at least 1
 * @param economicOrderQuantity   √(2·λ·K / h) before rounding, units
 * @param ordersPerYear           λ / Q
 * @param averageStockUnits       safety stock + Q / 2, units
 * @param averageStockValueEur    that stock at the unit value, EUR to the cent
 * @param orderingCostEur         K, EUR per order, as given
 * @param holdingCostEurPerUnitYear h = unit value × (cost of capital + holding rate), EUR per unit and year
 * @param annualCostEur           K·λ/Q + h·(Q/2 + safety stock): ordering and holding, EUR per year (shortage not
 *                                included: the service level bounds it instead)
 * @param costOptimal             the (r*, Q*) that minimises ordering, holding and shortage cost at the part's
 *                                shortage cost (Hadley–Whitin); null when the part has no shortage cost
 * @param costOptimalServiceLevel Φ((r* − μ<sub>L</sub>)/σ<sub>L</sub>), the cycle service level r* implies; NaN
 *                                when there is no cost optimum or no demand variability
 */
public record RecommendedReorderPolicy(String partId, double reorderPointUnits, double orderQuantityUnits,
                                       double economicOrderQuantity, double ordersPerYear, double averageStockUnits,
                                       BigDecimal averageStockValueEur, BigDecimal orderingCostEur,
                                       double holdingCostEurPerUnitYear, double annualCostEur,
                                       ReorderPointQuantity.Result costOptimal, double costOptimalServiceLevel) {

    public RecommendedReorderPolicy {
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(averageStockValueEur, "averageStockValueEur");
        Objects.requireNonNull(orderingCostEur, "orderingCostEur");
    }

    /** The policy as the stress test runs it. */
    public ReorderPointPolicy simulationPolicy() {
        return new ReorderPointPolicy(reorderPointUnits, orderQuantityUnits);
    }
}
