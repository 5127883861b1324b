package be.veerkracht.screening.match;

import java.util.Objects;

/**
 * One line of an explanation: a query token, the listed token(s) it met, how, and what it weighed.
 *
 * @param queryToken   the normalised query token(s) (two joined by a space for a concatenation); null for a
 *                     listed token nothing met
 * @param listedToken  the listed token(s) met; null for a query token that met nothing
 * @param kind         how they met
 * @param editDistance Damerau–Levenshtein distance for {@link MatchKind#TYPO}, else 0
 * @param similarity   in [0, 1]: 1 exact, less for a typo, variant or initial, 0 unmatched
 * @param weight       the token weight (IDF) this line counts with
 */
public record TokenMatch(String queryToken, String listedToken, MatchKind kind, int editDistance, double similarity,
                         double weight) {

    public TokenMatch {
        Objects.requireNonNull(kind, "kind");
        if (similarity < 0 || similarity > 1 || weight < 0) {
            throw new IllegalArgumentException("similarity in [0,1] and weight >= 0: " + similarity + ", " + weight);
        }
    }

    /** E.g. {@code qaida~qaeda typo(1) 0.80 w=6.12}. */
    public String describe() {
        String detail = kind == MatchKind.TYPO ? "typo(" + editDistance + ")" : kind.name().toLowerCase(java.util.Locale.ROOT);
        return (queryToken == null ? "-" : queryToken) + "~" + (listedToken == null ? "-" : listedToken) + " "
                + detail + String.format(java.util.Locale.ROOT, " %.2f w=%.2f", similarity, weight);
    }
}
