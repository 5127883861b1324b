package be.veerkracht.geo;

/** What an event footprint does to the sources it covers. */
public enum FootprintKind {
    /** Every source producing inside it stops (conflict, blockade, lockdown). */
    OUTAGE,
    /** A sea lane: shipments passing it take longer (closure and detour), production goes on. */
    DELAY
}
