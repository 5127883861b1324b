package be.veerkracht.simulation.montecarlo;

/** What an event stream hits: one supplier site, a footprint's countries or lane, or every source. */
public enum EventScope {
    SUPPLIER, FOOTPRINT, GLOBAL
}
