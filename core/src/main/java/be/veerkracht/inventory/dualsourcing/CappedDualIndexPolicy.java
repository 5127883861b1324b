package be.veerkracht.inventory.dualsourcing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Capped dual index (CDI) policy with l_e = 0: q_e = max(S_e − x, 0) and
 * q_r = min(max(S_r − (x + q_e + q_1 + ... + q_{l_r−1}), 0), q̄): the dual index policy with the regular order
 * capped at q̄. With q̄ at least the largest demand it is the dual index policy; with S_r large it orders q̄ every
 * period, the tailored base-surge policy. (We count the expedited order just placed in the regular position, as
 * the dual index policy does, so that the cap is the only difference.)
 *
 * <p>Source: J. Sun, J. A. Van Mieghem, "Robust dual sourcing inventory management: optimality of capped dual index
 * policies and smoothing", Manufacturing &amp; Service Operations Management 21(4):912–931, 2019,
 * doi:10.1287/msom.2018.0731.
 *
 * @param expeditedOrderUpTo S_e ({@code expedited_order_up_to})
 * @param regularOrderUpTo S_r ({@code regular_order_up_to})
 * @param regularCap q̄ ({@code regular_cap}), ≥ 0
 */
public record CappedDualIndexPolicy(int expeditedOrderUpTo, int regularOrderUpTo, int regularCap)
        implements DualSourcingPolicy {

    /** @throws IllegalArgumentException if S_e &gt; S_r or q̄ &lt; 0 */
    public CappedDualIndexPolicy {
        if (expeditedOrderUpTo > regularOrderUpTo || regularCap < 0) {
            throw new IllegalArgumentException("capped dual index: needs S_e <= S_r and a cap >= 0, got S_e "
                    + expeditedOrderUpTo + ", S_r " + regularOrderUpTo + ", cap " + regularCap);
        }
    }

    @Override
    public int expeditedOrder(int netInventory, int[] pipeline) {
        return Math.max(expeditedOrderUpTo - netInventory, 0);
    }

    @Override
    public int regularOrder(int netInventory, int[] pipeline, int expedited) {
        int uncapped = regularOrderUpTo - DualSourcingPolicy.position(netInventory, pipeline) - expedited;
        return Math.min(Math.max(uncapped, 0), regularCap);
    }

    @Override
    public int startNetInventory() {
        return expeditedOrderUpTo;
    }

    @Override
    public String code() {
        return "cdi";
    }

    @Override
    public Map<String, Integer> parameters() {
        Map<String, Integer> parameters = new LinkedHashMap<>();
        parameters.put("expedited_order_up_to", expeditedOrderUpTo);
        parameters.put("regular_order_up_to", regularOrderUpTo);
        parameters.put("regular_cap", regularCap);
        return parameters;
    }
}
