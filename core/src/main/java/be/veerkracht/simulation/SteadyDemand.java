package be.veerkracht.simulation;

/** The same demand every day: the deterministic mode for hand-checked cases and named scenarios without noise. */
public record SteadyDemand(double meanUnitsPerDay) implements DemandPath {

    public SteadyDemand {
        if (!(meanUnitsPerDay >= 0 && meanUnitsPerDay < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("daily demand must be a finite number >= 0, got " + meanUnitsPerDay);
        }
    }

    /** Mean daily demand from annual demand: annual / {@value SupplySource#DAYS_PER_YEAR}. */
    public static SteadyDemand fromAnnual(double annualDemandUnits) {
        return new SteadyDemand(annualDemandUnits / SupplySource.DAYS_PER_YEAR);
    }

    @Override
    public double unitsOn(int day) {
        return meanUnitsPerDay;
    }
}
