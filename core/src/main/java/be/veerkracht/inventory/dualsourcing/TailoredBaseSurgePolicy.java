package be.veerkracht.inventory.dualsourcing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tailored base-surge (TBS) policy: a constant regular order Q every period (the base) and an expedited order up
 * to S on the expedited inventory position (the surge): q_r = Q, q_e = max(S − x, 0). Stable only when
 * Q &lt; E[D] (otherwise inventory grows without bound).
 *
 * <p>Source: G. Allon, J. A. Van Mieghem, "Global dual sourcing: tailored base-surge allocation to near- and
 * offshore production", Management Science 56(1):110–124, 2010, doi:10.1287/mnsc.1090.1099.
 *
 * @param regularQuantity Q ({@code regular_quantity}), ≥ 0
 * @param expeditedOrderUpTo S ({@code expedited_order_up_to})
 */
public record TailoredBaseSurgePolicy(int regularQuantity, int expeditedOrderUpTo) implements DualSourcingPolicy {

    /** @throws IllegalArgumentException if Q &lt; 0 */
    public TailoredBaseSurgePolicy {
        if (regularQuantity < 0) {
            throw new IllegalArgumentException("tailored base-surge: Q must be >= 0, got " + regularQuantity);
        }
    }

    @Override
    public int expeditedOrder(int netInventory, int[] pipeline) {
        return Math.max(expeditedOrderUpTo - netInventory, 0);
    }

    @Override
    public int regularOrder(int netInventory, int[] pipeline, int expedited) {
        return regularQuantity;
    }

    @Override
    public int startNetInventory() {
        return expeditedOrderUpTo;
    }

    @Override
    public String code() {
        return "tbs";
    }

    @Override
    public Map<String, Integer> parameters() {
        Map<String, Integer> parameters = new LinkedHashMap<>();
        parameters.put("regular_quantity", regularQuantity);
        parameters.put("expedited_order_up_to", expeditedOrderUpTo);
        return parameters;
    }
}
