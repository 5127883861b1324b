package be.veerkracht.screening.match;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a name scored what it scored (house rule 5): the normalised names compared, every token line, the name
 * similarity S of {@link TokenAlignment}, and each factor applied in order.
 *
 * @param query          the normalised query name (tokens joined by spaces)
 * @param queryForms     legal forms stripped from the query
 * @param listed         the normalised listed name
 * @param listedForms    legal forms stripped from the listed name
 * @param tokens         per query token in query order, then the listed tokens nothing met
 * @param nameSimilarity S, the weighted token-alignment similarity before factors
 * @param factors        the factors applied, in order
 * @param score          the final score
 */
public record MatchExplanation(String query, List<String> queryForms, String listed, List<String> listedForms,
                               List<TokenMatch> tokens, double nameSimilarity, List<ScoreFactor> factors,
                               double score) {

    public MatchExplanation {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(listed, "listed");
        queryForms = List.copyOf(queryForms);
        listedForms = List.copyOf(listedForms);
        tokens = List.copyOf(tokens);
        factors = List.copyOf(factors);
    }

    /** One line for people, e.g. {@code "al qaida" vs "al qaeda": al~al exact ...; S=0.93; → 0.93}. */
    public String describe() {
        String lines = tokens.stream().map(TokenMatch::describe).collect(Collectors.joining("; "));
        String applied = factors.isEmpty() ? ""
                : "; " + factors.stream().map(ScoreFactor::describe).collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "\"%s\" vs \"%s\": %s; S=%.3f%s; score %.3f", query, listed, lines,
                nameSimilarity, applied, score);
    }
}
