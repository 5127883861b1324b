package be.veerkracht.exposure.recovery;

import java.util.List;
import java.util.Objects;

/**
 * Time to survive against time to recover for one disrupted node.
 *
 * @param ttrDays              time to recover: how long the node's sources deliver nothing, days
 * @param ttrBasis             where {@code ttrDays} comes from, in English (e.g. "longest recovery_days of its links")
 * @param ttsDays              time to survive: how long demand is met in full without the node, days; null when
 *                             demand is met indefinitely
 * @param performanceImpactEur the least lost margin over {@code ttrDays}, EUR (an LP optimum, a statistic)
 * @param riskExposureIndex    the impact divided by the largest impact over all nodes, 0..1 (0 when all are 0)
 * @param exposed              {@code ttsDays != null && ttsDays < ttrDays}
 * @param parts                the parts the node touches, largest loss first, then by id
 */
public record NodeRecovery(DisruptedNode node, double ttrDays, String ttrBasis, Double ttsDays,
                           double performanceImpactEur, double riskExposureIndex, boolean exposed,
                           List<PartRecovery> parts) {

    public NodeRecovery {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(ttrBasis, "ttrBasis");
        parts = List.copyOf(parts);
    }
}
