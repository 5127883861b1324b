package be.veerkracht.exposure.recovery;

import java.util.Objects;

/**
 * One part a disrupted node touches (the part has a link in the node).
 *
 * @param lostUnits units short over the node's time to recover, in the impact LP's optimum
 * @param lossEur   those units valued at the part's shortage cost (else margin, else 0), EUR; a statistic
 * @param ttsDays   the part's own time to survive, days; null when it never runs short
 */
public record PartRecovery(String partId, double lostUnits, double lossEur, Double ttsDays) {

    public PartRecovery {
        Objects.requireNonNull(partId, "partId");
    }
}
