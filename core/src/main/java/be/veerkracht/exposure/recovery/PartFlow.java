package be.veerkracht.exposure.recovery;

import be.veerkracht.portfolio.Part;
import java.util.List;

/**
 * One part in the time-to-survive model.
 *
 * @param daily    daily demand d = annual demand / 365, units per day
 * @param stock    on-hand units
 * @param pipeline units in transit from its active sources: Σ p_i · L_i (goods at sea arrive even from a stopped
 *                 source, as in the stress test's supply model)
 * @param cost     EUR per unit short: shortage cost, else margin, else 0
 * @param sources  its active sources, then its standby sources, in link order
 */
record PartFlow(Part part, double daily, double stock, double pipeline, double cost, List<SourceFlow> sources) {

    PartFlow {
        sources = List.copyOf(sources);
    }

    String id() {
        return part.id().value();
    }
}
