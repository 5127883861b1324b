package be.veerkracht.quality.capability;

/** How the within-subgroup (short-term) σ of Cp and Cpk is estimated (Montgomery, ISQC 6th ed., section 8.3). */
public enum WithinSigmaMethod {
    /** Individual values: MR̄/d2 with d2(2) = 1.128, MR the moving range of two. */
    MOVING_RANGE,
    /** Subgroups: R̄/d2(n). */
    RANGE,
    /** Subgroups: S̄/c4(n). */
    STANDARD_DEVIATION
}
