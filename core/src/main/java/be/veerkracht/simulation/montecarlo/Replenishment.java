package be.veerkracht.simulation.montecarlo;

import be.veerkracht.simulation.ReorderPointPolicy;
import java.util.Map;
import java.util.Objects;

/**
 * How the stress test replenishes its parts between disruptions (docs/stress-test.md, "Replenishment").
 */
public sealed interface Replenishment {

    /**
     * Base stock that keeps the starting position (on hand + a full pipeline): the portfolio read as a snapshot of a
     * running business. The default; the event-driven engine is built for it.
     */
    record KeepStartingPosition() implements Replenishment {
        @Override
        public String code() {
            return "keep_starting_position";
        }
    }

    /**
     * Continuous-review (r, Q) per part, e.g. r from the part's service level and Q its economic order quantity
     * ({@code be.veerkracht.inventory.ReorderPolicyPlanner}). A part without an entry keeps its starting position.
     * Simulated day by day (the reference engine); a part's loss is what the disruptions add to what the policy
     * loses over the same horizon without them, so a policy that starts short is not charged to the events.
     *
     * @param byPart the policy per part id
     */
    record ReorderPoints(Map<String, ReorderPointPolicy> byPart) implements Replenishment {
        public ReorderPoints {
            byPart = Map.copyOf(Objects.requireNonNull(byPart, "byPart"));
        }

        @Override
        public String code() {
            return "reorder_point";
        }
    }

    Replenishment KEEP_STARTING_POSITION = new KeepStartingPosition();

    /** Lower-case name for reports and JSON: {@code keep_starting_position} or {@code reorder_point}. */
    String code();
}
