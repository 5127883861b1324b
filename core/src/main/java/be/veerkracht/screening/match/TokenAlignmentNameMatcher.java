package be.veerkracht.screening.match;

import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import java.util.List;
import java.util.Objects;

/**
 * The name matcher of Veerkracht: weighted token-set alignment ({@link TokenAlignment}) of the normalised query
 * with every name of the entry, the best name after its own factors (alias quality, legal forms), then the entry's
 * factors (kind, country, date of birth, identifiers; {@link EvidenceFactors}).
 *
 * <pre>  score = F_entry( max over names n of F_name(n)( S(query, n) ) )</pre>
 * where S is the weighted Dice similarity of the token alignment and each F a chain of {@link ScoreFactor}s.
 *
 * <p>Cost: O(k·m·n·L²) for k names of n tokens, m query tokens, tokens of length L; no state, thread-safe.
 * Limits: token weights come from the indexed names ({@link TokenWeights}), so the same pair of names scores a
 * little differently against lists of different make-up; no phonetic matching beyond the consonant skeleton; no
 * knowledge of name order conventions (all orders are equal).
 */
public final class TokenAlignmentNameMatcher implements NameMatcher {

    private final NameNormaliser normaliser;
    private final TokenWeights weights;

    public TokenAlignmentNameMatcher(NameNormaliser normaliser, TokenWeights weights) {
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    @Override
    public NameMatch match(ScreeningQuery query, ListEntry entry) {
        return match(query, prepare(query.name()), entry,
                entry.names().stream().map(n -> prepare(n.name())).toList());
    }

    /** A name normalised and prepared with this matcher's token weights. */
    PreparedName prepare(String name) {
        return new PreparedName(normaliser.normalise(name), weights);
    }

    /** With the query and the entry's names already prepared ({@code names} in the entry's name order). */
    NameMatch match(ScreeningQuery query, PreparedName preparedQuery, ListEntry entry, List<PreparedName> names) {
        NormalisedName normalisedQuery = preparedQuery.name;
        int best = 0;
        double bestScore = -1;
        TokenAlignment.Result bestAlignment = null;
        List<ScoreFactor> bestFactors = List.of();
        for (int k = 0; k < names.size(); k++) {
            TokenAlignment.Result alignment = TokenAlignment.align(preparedQuery, names.get(k));
            List<ScoreFactor> factors = EvidenceFactors.forName(normalisedQuery, entry.names().get(k),
                    names.get(k).name);
            double score = apply(alignment.similarity(), factors);
            if (score > bestScore) {
                best = k;
                bestScore = score;
                bestAlignment = alignment;
                bestFactors = factors;
            }
        }
        List<ScoreFactor> entryFactors = bestScore > 0
                ? EvidenceFactors.forEntry(query, normalisedQuery, entry) : List.of();
        double score = apply(bestScore, entryFactors);
        List<ScoreFactor> all = new java.util.ArrayList<>(bestFactors);
        all.addAll(entryFactors);
        NormalisedName listed = names.get(best).name;
        ListedName matched = entry.names().get(best);
        return new NameMatch(entry, matched, score, new MatchExplanation(normalisedQuery.text(),
                normalisedQuery.legalForms(), listed.text(), listed.legalForms(), bestAlignment.tokens(),
                bestAlignment.similarity(), all, score));
    }

    private static double apply(double score, List<ScoreFactor> factors) {
        double s = score;
        for (ScoreFactor f : factors) {
            s = f.apply(s);
        }
        return Math.max(0, Math.min(1, s));
    }

    /** The normaliser this matcher compares with. */
    public NameNormaliser normaliser() {
        return normaliser;
    }
}
