package be.veerkracht.inventory.dualsourcing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Single index (SI) policy: both orders look at the one inventory position IP = x + q_1 + ... + q_{l_r−1}. First
 * q_e = max(S_e − IP, 0), then q_r = max(S_r − IP − q_e, 0), with S_e ≤ S_r.
 *
 * <p>Source: A. Scheller-Wolf, S. Veeraraghavan, G.-J. van Houtum, "Effective dual sourcing with a single index
 * policy", working paper, Carnegie Mellon University, 2007; compared with the dual index policy in S. Veeraraghavan,
 * A. Scheller-Wolf, "Now or later: a simple policy for effective dual sourcing in capacitated systems", Operations
 * Research 56(4):850–864, 2008, doi:10.1287/opre.1080.0552.
 *
 * @param expeditedBaseStock S_e ({@code expedited_base_stock})
 * @param regularBaseStock S_r ({@code regular_base_stock})
 */
public record SingleIndexPolicy(int expeditedBaseStock, int regularBaseStock) implements DualSourcingPolicy {

    /** @throws IllegalArgumentException if S_e &gt; S_r */
    public SingleIndexPolicy {
        if (expeditedBaseStock > regularBaseStock) {
            throw new IllegalArgumentException("single index: S_e must be <= S_r, got " + expeditedBaseStock
                    + " > " + regularBaseStock);
        }
    }

    @Override
    public int expeditedOrder(int netInventory, int[] pipeline) {
        return Math.max(expeditedBaseStock - DualSourcingPolicy.position(netInventory, pipeline), 0);
    }

    @Override
    public int regularOrder(int netInventory, int[] pipeline, int expedited) {
        return Math.max(regularBaseStock - DualSourcingPolicy.position(netInventory, pipeline) - expedited, 0);
    }

    @Override
    public int startNetInventory() {
        return expeditedBaseStock;
    }

    @Override
    public String code() {
        return "si";
    }

    @Override
    public Map<String, Integer> parameters() {
        Map<String, Integer> parameters = new LinkedHashMap<>();
        parameters.put("expedited_base_stock", expeditedBaseStock);
        parameters.put("regular_base_stock", regularBaseStock);
        return parameters;
    }
}
