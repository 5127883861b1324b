package be.veerkracht.inventory.dualsourcing;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A state of the dual-sourcing system at the start of a period: x, the net inventory after this period's regular
 * arrival, and the regular orders still in the pipeline (element 0 arrives next period). Immutable.
 */
public final class State {

    private final int netInventory;
    private final int[] pipeline;

    private State(int netInventory, int[] pipeline) {
        for (int q : pipeline) {
            if (q < 0) {
                throw new IllegalArgumentException("pipeline orders must be >= 0, got " + q);
            }
        }
        this.netInventory = netInventory;
        this.pipeline = pipeline;
    }

    /** x and q_1, ..., q_{l_r−1}. */
    public static State of(int netInventory, int... pipeline) {
        return new State(netInventory, pipeline.clone());
    }

    /**
     * Reads {@code x,q1,...,q_{l_r−1}}, e.g. {@code 3,2} for l_r = 2.
     *
     * @throws IllegalArgumentException on a non-integer or negative pipeline entry
     */
    public static State parse(String text) {
        String[] parts = text.trim().split(",", -1);
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': expected integers x,q1,...; '"
                        + parts[i].trim() + "' is not one", e);
            }
        }
        return new State(values[0], Arrays.copyOfRange(values, 1, values.length));
    }

    public int netInventory() {
        return netInventory;
    }

    /** A copy of q_1..q_{l_r−1}. */
    public int[] pipeline() {
        return pipeline.clone();
    }

    public int pipelineLength() {
        return pipeline.length;
    }

    /** The regular inventory position x + q_1 + ... + q_{l_r−1}. */
    public int inventoryPosition() {
        int position = netInventory;
        for (int q : pipeline) {
            position += q;
        }
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof State s && s.netInventory == netInventory && Arrays.equals(s.pipeline, pipeline);
    }

    @Override
    public int hashCode() {
        return 31 * netInventory + Arrays.hashCode(pipeline);
    }

    /** {@code x,q1,...}, the form {@link #parse} reads. */
    @Override
    public String toString() {
        return netInventory + (pipeline.length == 0 ? "" : ","
                + Arrays.stream(pipeline).mapToObj(Integer::toString).collect(Collectors.joining(",")));
    }
}
