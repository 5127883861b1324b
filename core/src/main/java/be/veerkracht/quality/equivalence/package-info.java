/**
 * Cross-validation of suppliers (issue 12, item 4): two-sample t-tests (Welch, pooled), tests of variances
 * (F, Brown–Forsythe), the TOST equivalence test within a margin and its sample size, the verdict on a secondary
 * supplier against the primary, and the agreement of a supplier's certificates with our own measurements of the
 * same lots (paired). Uses Hipparchus for the t, F and normal distributions. See docs/quality-statistics.md.
 */
package be.veerkracht.quality.equivalence;
