package be.veerkracht.inventory.dualsourcing;

import java.util.Map;

/**
 * A stationary ordering rule for the dual-sourcing system of {@link DualSourcingInstance}: in state (x, q_1..),
 * first the expedited order q_e, then the regular order q_r (which may look at q_e).
 */
public sealed interface DualSourcingPolicy
        permits SingleIndexPolicy, DualIndexPolicy, CappedDualIndexPolicy, TailoredBaseSurgePolicy,
        TabulatedPolicy {

    /** q_e in state (x, pipeline); the pipeline is not changed. */
    int expeditedOrder(int netInventory, int[] pipeline);

    /** q_r in state (x, pipeline) once q_e = {@code expedited} is placed. */
    int regularOrder(int netInventory, int[] pipeline, int expedited);

    /** A net inventory to start a chain or simulation from (with an empty pipeline). */
    int startNetInventory();

    /** The short name used on the command line: si, di, cdi, tbs, dp. */
    String code();

    /** The parameters under their documented names (docs/inventory.md), in a stable order. */
    Map<String, Integer> parameters();

    /** Both orders in a state. */
    default Action action(State state) {
        int[] pipeline = state.pipeline();
        int expedited = expeditedOrder(state.netInventory(), pipeline);
        return new Action(expedited, regularOrder(state.netInventory(), pipeline, expedited));
    }

    /** x + q_1 + ... (the regular inventory position before ordering). */
    static int position(int netInventory, int[] pipeline) {
        int position = netInventory;
        for (int q : pipeline) {
            position += q;
        }
        return position;
    }
}
