package be.veerkracht.simulation.montecarlo;

/** What a loss contribution is grouped by. */
public enum ContributionKind {
    SUPPLIER, COUNTRY, ZONE, EVENT
}
