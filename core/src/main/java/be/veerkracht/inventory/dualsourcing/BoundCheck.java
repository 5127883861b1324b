package be.veerkracht.inventory.dualsourcing;

/**
 * Whether the optimal policy of a bounded dynamic programme reaches the edge of its box, from a start state: a
 * reached state on a face (x at its lowest or highest, a pipeline entry at the order bound), an action at a bound
 * (x + q_e at the highest x, q_r at the order bound) or a transition that had to be clamped. If none is reached,
 * the policy's recurrent class lies strictly inside the box, so it is a policy of the unbounded system with the
 * same average cost, and the box's faces do not affect it.
 *
 * @param binds true if a bound was reached
 * @param face which bound was reached first
 * @param reachableStates how many states the optimal policy reaches from the start state
 * @param detail what was reached first, or "no bound reached"
 */
public record BoundCheck(boolean binds, Face face, int reachableStates, String detail) {

    /** The kinds of bound of a {@link StateSpaceBounds} box. */
    public enum Face {
        /** No bound reached. */
        NONE,
        /** The lowest or highest net inventory (or x + q_e at the highest). */
        NET_INVENTORY,
        /** The largest regular order or pipeline entry. */
        REGULAR_ORDER
    }
}
