package be.veerkracht.quality.equivalence;

/** The verdict of a cross-validation: does the secondary (or the supplier's lab) match the reference? */
public enum EquivalenceVerdict {
    /** TOST shows the difference within the margin, and the spread is not significantly larger. */
    EQUIVALENT,
    /** The observed difference lies at or beyond the margin, or the spread is significantly larger. */
    NOT_EQUIVALENT,
    /** Too few values, or the difference lies within the margin but the data cannot yet show it. */
    INSUFFICIENT_DATA
}
