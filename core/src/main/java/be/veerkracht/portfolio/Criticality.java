package be.veerkracht.portfolio;

/** How much a missing part hurts: A stops the line, B hurts, C is a nuisance (ABC by impact, not by value). */
public enum Criticality {
    A, B, C;

    /** The default when the ERP leaves the column empty. */
    public static final Criticality DEFAULT = B;
}
