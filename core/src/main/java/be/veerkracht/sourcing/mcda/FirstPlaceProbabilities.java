package be.veerkracht.sourcing.mcda;

import java.util.List;

/**
 * The result of {@link WeightMonteCarlo}: per alternative (input order), the share of weight draws in which it
 * ranked first, with its binomial standard error {@code sqrt(p (1 - p) / draws)}.
 *
 * @param alternatives   in input order
 * @param probabilities  share of draws ranked first, in input order; they sum to 1
 * @param standardErrors of each probability
 * @param draws          weight vectors drawn
 * @param seed           the seed of the draws (same seed, same result)
 * @param explanation    how the weights were drawn and ranked
 */
public record FirstPlaceProbabilities(List<String> alternatives, List<Double> probabilities,
                                      List<Double> standardErrors, int draws, long seed, String explanation) {

    public FirstPlaceProbabilities {
        alternatives = List.copyOf(alternatives);
        probabilities = List.copyOf(probabilities);
        standardErrors = List.copyOf(standardErrors);
    }
}
