/**
 * Statistical process control (issue 12, item 3): Shewhart control charts (individuals and moving range, X̄-R,
 * X̄-S) with limits from a baseline period, and the run rules of the Western Electric handbook and of Nelson that
 * say when a chart signals. Plain Java and Hipparchus-free; see docs/quality-statistics.md.
 */
package be.veerkracht.quality.spc;
