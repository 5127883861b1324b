package be.veerkracht.simulation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a disruption did to one part over the horizon.
 *
 * @param demandUnits total demand, units
 * @param lostUnits   demand not served, units
 * @param lossEur     lost units × shortage cost per unit, EUR, 4 places half-even (booked money is exact)
 * @param fillRate    served / demanded, 1 when there was no demand
 * @param trace       one entry per day when asked for, else empty
 */
public record SupplyOutcome(String partId, int horizonDays, double demandUnits, double lostUnits, BigDecimal lossEur,
                            double fillRate, List<SupplyDay> trace) {

    public SupplyOutcome {
        trace = List.copyOf(trace);
    }
}
