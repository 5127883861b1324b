package be.veerkracht.allocation;

/**
 * The largest share of a part's demand that may go to one country, one risk zone or one outage footprint (1: no
 * limit). Sources whose country, zone or footprint is unknown are not limited by that rule.
 */
public record ConcentrationLimits(double maxCountryShare, double maxZoneShare, double maxFootprintShare) {

    /** No limit. */
    public static final ConcentrationLimits NONE = new ConcentrationLimits(1, 1, 1);

    public ConcentrationLimits {
        Checks.probability(maxCountryShare, "largest country share");
        Checks.probability(maxZoneShare, "largest zone share");
        Checks.probability(maxFootprintShare, "largest footprint share");
    }
}
