package be.veerkracht.simulation.montecarlo;

import be.veerkracht.simulation.EventDrivenSupplySimulator;
import be.veerkracht.simulation.PartSupply;
import be.veerkracht.simulation.ReferenceSupplySimulator;
import java.math.BigDecimal;

/**
 * A part as the stress test holds it: its supply, both simulators, and for each of its sources the contribution
 * keys (supplier, producing country, zone) its losses are attributed to.
 *
 * @param meanUnitsPerDay     steady daily demand, annual demand / 365
 * @param sdUnitsPerDay       standard deviation of daily demand, weekly_demand_sd_units / √7 (0 when not given)
 * @param costEurPerUnit      what a unit short costs (shortage cost, else margin, else 0) as a statistic
 * @param sourceSupplier      per source, index into the model's suppliers
 * @param sourceCountry       per source, index into the model's countries (-1 unknown)
 * @param sourceZone          per source, index into the model's zones (-1 unknown)
 */
public record ModelPart(int index, String partId, PartSupply supply, double meanUnitsPerDay, double sdUnitsPerDay,
                        BigDecimal costEurPerUnitExact, double costEurPerUnit,
                        EventDrivenSupplySimulator fast, ReferenceSupplySimulator reference,
                        int[] sourceSupplier, int[] sourceCountry, int[] sourceZone) {

    /** Demand over the horizon, units. */
    public double demandUnits(int horizonDays) {
        return meanUnitsPerDay * horizonDays;
    }
}
