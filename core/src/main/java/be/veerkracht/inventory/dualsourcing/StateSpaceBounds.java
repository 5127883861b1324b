package be.veerkracht.inventory.dualsourcing;

/**
 * The finite box the dynamic programme works in: minNetInventory ≤ x ≤ maxNetInventory, every pipeline entry and
 * regular order in 0..maxRegularOrder, and the expedited order at most up to maxNetInventory. A transition that
 * would leave the box is clamped to its face; {@link RelativeValueIteration} then checks that the optimal policy
 * never reaches a face, so the clamping does not change the answer.
 *
 * @param minNetInventory lowest x (units)
 * @param maxNetInventory highest x, and highest x + q_e (units)
 * @param maxRegularOrder highest q_r and pipeline entry (units)
 */
public record StateSpaceBounds(int minNetInventory, int maxNetInventory, int maxRegularOrder) {

    /** The largest number of states accepted (memory: about 40 bytes per state). */
    public static final long MAX_STATES = 50_000_000L;

    /** @throws IllegalArgumentException if the box is empty or too large */
    public StateSpaceBounds {
        if (minNetInventory >= maxNetInventory || maxRegularOrder < 1) {
            throw new IllegalArgumentException("bounds: need min < max net inventory and a regular order bound >= 1,"
                    + " got [" + minNetInventory + ", " + maxNetInventory + "], " + maxRegularOrder);
        }
    }

    /** A box around the best dual index policy: [z_e − max D − 1, z_r + 1], orders up to max D + 1. */
    public static StateSpaceBounds around(DualIndexPolicy best, DemandDistribution demand) {
        return new StateSpaceBounds(best.expeditedOrderUpTo() - demand.max() - 1, best.regularOrderUpTo() + 1,
                demand.max() + 1);
    }

    /** This box grown by {@code margin} on every face. */
    public StateSpaceBounds widen(int margin) {
        return new StateSpaceBounds(minNetInventory - margin, maxNetInventory + margin, maxRegularOrder + margin);
    }

    /** This box with both net-inventory faces moved out by {@code margin}. */
    public StateSpaceBounds widenNetInventory(int margin) {
        return new StateSpaceBounds(minNetInventory - margin, maxNetInventory + margin, maxRegularOrder);
    }

    /** This box with the order bound raised by {@code margin}. */
    public StateSpaceBounds widenOrders(int margin) {
        return new StateSpaceBounds(minNetInventory, maxNetInventory, maxRegularOrder + margin);
    }

    /** The number of states for the given pipeline length: (x values) · (maxRegularOrder + 1)^length. */
    public long states(int pipelineLength) {
        long states = (long) maxNetInventory - minNetInventory + 1;
        for (int i = 0; i < pipelineLength; i++) {
            states *= maxRegularOrder + 1;
        }
        return states;
    }

    /** Whether the state lies in the box. */
    public boolean contains(State state) {
        if (state.netInventory() < minNetInventory || state.netInventory() > maxNetInventory) {
            return false;
        }
        for (int q : state.pipeline()) {
            if (q > maxRegularOrder) {
                return false;
            }
        }
        return true;
    }
}
