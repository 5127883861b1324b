package be.veerkracht.sourcing.landed;

/**
 * What an emission factor covers (ISO 14083:2023, GLEC Framework v3): well-to-wheel includes the fuel's production
 * and supply (well-to-tank) and its use (tank-to-wheel). ISO 14083 asks for WTW; a factor that is TTW or whose basis
 * its source does not state is used as given and flagged in the result.
 */
public enum EmissionBasis {
    /** Well-to-wheel: fuel production and use. */
    WTW,
    /** Tank-to-wheel: fuel use only (understates WTW, typically by 15-25 % for diesel). */
    TTW,
    /** The source does not say. */
    UNSTATED
}
