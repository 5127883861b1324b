package be.veerkracht.sourcing.mcda;

import java.util.List;
import java.util.Objects;

/**
 * What a ranking rests on, shown with it (house rule 5).
 *
 * @param method        the method's code, e.g. {@code topsis}
 * @param normalisation the normalisation's code, or {@code none} for PROMETHEE (differences in the criterion's unit)
 * @param formula       the scoring rule in words
 * @param citation      the publication the method follows
 * @param weights       the normalised weights used, in criterion order
 * @param assumptions   further settings, e.g. preference functions and thresholds; ties broken by input order
 */
public record RankingExplanation(String method, String normalisation, String formula, String citation,
                                 List<Double> weights, List<String> assumptions) {

    public RankingExplanation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(citation, "citation");
        weights = List.copyOf(weights);
        assumptions = List.copyOf(assumptions);
    }
}
