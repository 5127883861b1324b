package be.veerkracht.compliance;

/**
 * The answer of an export check.
 *
 * <p>{@link #UNCLASSIFIED} is a decision value and not a flag on another value: an unclassified item has no answer
 * yet, and a flag next to, say, {@code NOT_LISTED} could be read as a clearance by a caller that ignores flags. As a
 * value of its own, every {@code switch} over the decision must handle it. It gives way only to a catch-all, which
 * needs no classification (an end use of concern requires a licence whatever the item is).
 */
public enum Decision {
    /** The item is not in Annex I and no catch-all applies: no dual-use authorisation needed. */
    NOT_LISTED,
    /**
     * Listed (or not classified), but this movement needs no authorisation: a transfer inside the Union outside
     * Annex IV, the Benelux exception, or no export at all (origin and destination the same country).
     */
    NO_LICENCE_REQUIRED,
    /** Listed, and a Union General Export Authorisation covers it (see its conditions of use). */
    UGEA,
    /** An individual (or global) licence from the authority is needed before the export. */
    INDIVIDUAL_LICENCE,
    /** Sanctions forbid it. */
    PROHIBITED,
    /** The item is not classified: classify first. */
    UNCLASSIFIED;

    /** True when the shipment may go without asking the authority for anything (registration aside). */
    public boolean clearsWithoutLicence() {
        return this == NOT_LISTED || this == NO_LICENCE_REQUIRED || this == UGEA;
    }
}
