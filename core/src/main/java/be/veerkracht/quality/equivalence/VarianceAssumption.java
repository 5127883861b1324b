package be.veerkracht.quality.equivalence;

/** How the standard error of a difference of two means is formed. */
public enum VarianceAssumption {
    /** Unequal variances: SE = √(s²a/na + s²b/nb), Welch–Satterthwaite degrees of freedom. The default. */
    WELCH,
    /** Equal variances: the pooled variance, na + nb − 2 degrees of freedom. */
    POOLED
}
