/**
 * Multi-criteria decision analysis (MCDA) for choosing between alternatives such as "plus one" countries: a
 * {@link be.veerkracht.sourcing.mcda.DecisionMatrix} in, a {@link be.veerkracht.sourcing.mcda.Ranking} out, through
 * one {@link be.veerkracht.sourcing.mcda.RankingMethod} interface (weighted sum, TOPSIS, PROMETHEE II); weights from
 * a pairwise comparison matrix ({@link be.veerkracht.sourcing.mcda.AhpWeights}); and the sensitivity of a ranking to
 * its weights and to the set of alternatives. Plain Java, no I/O, deterministic. See docs/mcda.md.
 */
package be.veerkracht.sourcing.mcda;
