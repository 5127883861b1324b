/**
 * The portfolio-wide quality review (issue 12, item 5): per part with an agreement, per characteristic, per
 * supplier the control chart with its run-rule firings, the values out of specification, capability, the
 * cross-validation of every secondary against the primary and the certificates against our own measurements; and
 * the alerts a quality engineer must look at. Plain Java, records in and records out; the statistics are those of
 * {@code quality.spc}, {@code quality.capability} and {@code quality.equivalence}.
 */
package be.veerkracht.quality.check;
