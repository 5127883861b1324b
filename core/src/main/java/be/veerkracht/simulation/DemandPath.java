package be.veerkracht.simulation;

/**
 * A part's demand, day by day, in one scenario. Implementations are pure: the same day gives the same units, so the
 * reference simulator and a faster engine can read the very same path.
 */
public interface DemandPath {

    /** Units demanded on {@code day}, &ge; 0. */
    double unitsOn(int day);

    /** Mean units per day, used to size the starting pipeline and the planned rates. */
    double meanUnitsPerDay();
}
