package be.veerkracht.simulation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a named scenario costs one part.
 *
 * @param lostUnits demand not served over the horizon, units (a statistic: demand is continuous)
 * @param lossEur   lost units valued at the shortage cost, else the margin, else 0; EUR, 4 places
 * @param fillRate  served / demanded over the horizon
 */
public record PartLoss(String partId, double lostUnits, BigDecimal lossEur, double fillRate) {

    public PartLoss {
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(lossEur, "lossEur");
    }

    static PartLoss of(SupplyOutcome outcome) {
        return new PartLoss(outcome.partId(), outcome.lostUnits(), outcome.lossEur(), outcome.fillRate());
    }
}
