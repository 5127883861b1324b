package be.veerkracht.quality.spc;

/** The Shewhart charts for variables (Montgomery, ch. 6): which statistic is plotted and how σ is estimated. */
public enum ChartKind {
    /** Individual values and their moving range of two; σ = MR̄/d2(2). */
    INDIVIDUALS_MOVING_RANGE,
    /** Subgroup means and ranges; σ = R̄/d2(n). */
    XBAR_R,
    /** Subgroup means and standard deviations; σ = S̄/c4(n). */
    XBAR_S
}
