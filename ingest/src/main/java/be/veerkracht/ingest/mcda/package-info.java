/**
 * Reading the user's MCDA files: a decision matrix (first column the alternatives, header the criteria) and a
 * pairwise comparison matrix for AHP (square, header row). A broken file is refused as a whole, every problem
 * named by file, row and column. See docs/mcda.md.
 */
package be.veerkracht.ingest.mcda;
