/**
 * Process capability (issue 12, item 3): Cp, Cpk with a within-subgroup σ and Pp, Ppk with the overall σ, their
 * confidence intervals, one-sided specifications, and the Anderson–Darling normality check the indices rely on.
 * Uses Hipparchus for the normal and χ² distributions. See docs/quality-statistics.md.
 */
package be.veerkracht.quality.capability;
