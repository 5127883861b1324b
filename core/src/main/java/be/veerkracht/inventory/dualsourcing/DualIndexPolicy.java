package be.veerkracht.inventory.dualsourcing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dual index (DI) policy with l_e = 0: the expedited order raises the expedited inventory position (x, which
 * already holds this period's regular arrival) to z_e, q_e = max(z_e − x, 0); then the regular order raises the
 * regular inventory position, including q_e, to z_r: q_r = max(z_r − (x + q_e + q_1 + ... + q_{l_r−1}), 0), with
 * z_e ≤ z_r.
 *
 * <p>Source: S. Veeraraghavan, A. Scheller-Wolf, "Now or later: a simple policy for effective dual sourcing in
 * capacitated systems", Operations Research 56(4):850–864, 2008, doi:10.1287/opre.1080.0552.
 *
 * @param expeditedOrderUpTo z_e ({@code expedited_order_up_to})
 * @param regularOrderUpTo z_r ({@code regular_order_up_to})
 */
public record DualIndexPolicy(int expeditedOrderUpTo, int regularOrderUpTo) implements DualSourcingPolicy {

    /** @throws IllegalArgumentException if z_e &gt; z_r */
    public DualIndexPolicy {
        if (expeditedOrderUpTo > regularOrderUpTo) {
            throw new IllegalArgumentException("dual index: z_e must be <= z_r, got " + expeditedOrderUpTo + " > "
                    + regularOrderUpTo);
        }
    }

    @Override
    public int expeditedOrder(int netInventory, int[] pipeline) {
        return Math.max(expeditedOrderUpTo - netInventory, 0);
    }

    @Override
    public int regularOrder(int netInventory, int[] pipeline, int expedited) {
        return Math.max(regularOrderUpTo - DualSourcingPolicy.position(netInventory, pipeline) - expedited, 0);
    }

    @Override
    public int startNetInventory() {
        return expeditedOrderUpTo;
    }

    @Override
    public String code() {
        return "di";
    }

    @Override
    public Map<String, Integer> parameters() {
        Map<String, Integer> parameters = new LinkedHashMap<>();
        parameters.put("expedited_order_up_to", expeditedOrderUpTo);
        parameters.put("regular_order_up_to", regularOrderUpTo);
        return parameters;
    }
}
