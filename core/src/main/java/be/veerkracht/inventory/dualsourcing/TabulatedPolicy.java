package be.veerkracht.inventory.dualsourcing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A policy given as a table over the states of a {@link StateSpaceBounds} box: the optimal policy that
 * {@link RelativeValueIteration} finds. Asking for a state outside the box is an error.
 */
public final class TabulatedPolicy implements DualSourcingPolicy {

    private final StateSpaceBounds bounds;
    private final int pipelineLength;
    private final int[] orderUpTo;
    private final int[] regular;
    private final int start;

    TabulatedPolicy(StateSpaceBounds bounds, int pipelineLength, int[] orderUpTo, int[] regular, int start) {
        this.bounds = bounds;
        this.pipelineLength = pipelineLength;
        this.orderUpTo = orderUpTo;
        this.regular = regular;
        this.start = start;
    }

    /** The box the table covers. */
    public StateSpaceBounds bounds() {
        return bounds;
    }

    @Override
    public int expeditedOrder(int netInventory, int[] pipeline) {
        return orderUpTo[index(netInventory, pipeline)] - netInventory;
    }

    @Override
    public int regularOrder(int netInventory, int[] pipeline, int expedited) {
        return regular[index(netInventory, pipeline)];
    }

    @Override
    public int startNetInventory() {
        return start;
    }

    @Override
    public String code() {
        return "dp";
    }

    /** A table has no parameters; the box it covers is reported instead. */
    @Override
    public Map<String, Integer> parameters() {
        Map<String, Integer> parameters = new LinkedHashMap<>();
        parameters.put("min_net_inventory", bounds.minNetInventory());
        parameters.put("max_net_inventory", bounds.maxNetInventory());
        parameters.put("max_regular_order", bounds.maxRegularOrder());
        return parameters;
    }

    private int index(int netInventory, int[] pipeline) {
        if (pipeline.length != pipelineLength) {
            throw new IllegalArgumentException("state needs " + pipelineLength + " pipeline entries, got "
                    + pipeline.length);
        }
        if (netInventory < bounds.minNetInventory() || netInventory > bounds.maxNetInventory()) {
            throw new IllegalArgumentException("net inventory " + netInventory + " is outside the solved range "
                    + bounds.minNetInventory() + ".." + bounds.maxNetInventory());
        }
        int code = 0;
        for (int q : pipeline) {
            if (q < 0 || q > bounds.maxRegularOrder()) {
                throw new IllegalArgumentException("pipeline order " + q + " is outside the solved range 0.."
                        + bounds.maxRegularOrder());
            }
            code = code * (bounds.maxRegularOrder() + 1) + q;
        }
        return code * (bounds.maxNetInventory() - bounds.minNetInventory() + 1) + netInventory
                - bounds.minNetInventory();
    }
}
