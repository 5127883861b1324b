package be.veerkracht.web.api;

import be.veerkracht.sourcing.mcda.AhpWeights;
import be.veerkracht.sourcing.mcda.DecisionMatrix;
import be.veerkracht.sourcing.mcda.FirstPlaceProbabilities;
import be.veerkracht.sourcing.mcda.RankReversal;
import be.veerkracht.sourcing.mcda.Ranking;
import java.util.List;

/**
 * What {@code mcda} and {@code countries rank} (command line and API) computed, for the text report and the JSON.
 *
 * @param method      the method asked for ({@code wsm}, {@code topsis}, {@code promethee}, {@code ahp})
 * @param matrix      the decision matrix ranked
 * @param ranking     the ranking, with its explanation
 * @param ahp         the AHP weights when they came from a pairwise matrix, else null
 * @param sensitivity the sensitivity analysis when asked for, else null
 */
public record McdaAnalysis(String method, DecisionMatrix matrix, Ranking ranking, AhpWeights ahp, Sensitivity sensitivity) {

    /** Weight intervals, rank reversal on removal, probabilities of ranking first. */
    public record Sensitivity(List<be.veerkracht.sourcing.mcda.WeightInterval> intervals, List<RankReversal> removals,
                       FirstPlaceProbabilities monteCarlo) {
    }
}
