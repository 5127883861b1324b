package be.veerkracht.screening.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The weighted token-set alignment of a query name with a listed name, and its similarity in [0, 1].
 *
 * <p>Problem: pair query tokens q_i with listed tokens l_j one to one (a concatenation pairs one token with two
 * adjacent ones) so as to maximise the weighted similarity, order ignored. Solved greedily: every candidate pair
 * with similarity s > 0 ({@link TokenSimilarity}) is sorted by s, then weight, then position, and taken when both
 * sides are free; O(m·n·L²) for m and n tokens of length up to L. Greedy is not always optimal for the
 * assignment, but with names of a few tokens and similarities that are mostly 1 or 0 the difference is rare.
 *
 * <p>Similarity, a weighted Dice coefficient over the tokens (L. R. Dice, "Measures of the amount of ecologic
 * association between species", Ecology 26(3):297–302, 1945, doi:10.2307/1932409):
 * <pre>  S = Σ_pairs 2·w_p·s_p / (Σ_pairs 2·w_p + Σ_unmatched query w_q + Σ_unmatched listed w_l)</pre>
 * with w_p the weight of the listed token(s) of the pair. S = 1 only when every token on both sides is met
 * exactly; a typo, an initial or a missing token lowers it by its weight, so scores do not saturate.
 */
final class TokenAlignment {

    /** Edits allowed beyond {@link TokenSimilarity#maxEdits} when either name was transliterated (a lossy step). */
    static final int TRANSLITERATION_EXTRA_EDITS = 1;
    /** Similarity of tokens equal up to romanisation (same consonant skeleton). */
    static final double ROMANISATION_SIMILARITY = 0.9;
    /** Similarity of an initial with the full token. */
    static final double INITIAL_SIMILARITY = 0.8;
    /** Similarity of a token with two adjacent tokens written together. */
    static final double CONCATENATION_SIMILARITY = 0.95;

    /** Best pair first: similarity, then weight, then position (deterministic). */
    private static final Comparator<Candidate> ORDER = (x, y) -> {
        int c = Double.compare(y.similarity, x.similarity);
        if (c == 0) {
            c = Double.compare(y.weight, x.weight);
        }
        if (c == 0) {
            c = Integer.compare(x.qFrom, y.qFrom);
        }
        return c != 0 ? c : Integer.compare(x.lFrom, y.lFrom);
    };

    private TokenAlignment() {
    }

    /** One possible pairing: query tokens [qFrom, qTo), listed tokens [lFrom, lTo). */
    private record Candidate(int qFrom, int qTo, int lFrom, int lTo, MatchKind kind, int edits, double similarity,
                             double weight) {
    }

    /** Aligns and scores; the token matches list query tokens in order, then the unmatched listed tokens. */
    static Result align(PreparedName query, PreparedName listed) {
        boolean transliterated = query.name.transliterated() || listed.name.transliterated();
        List<Candidate> candidates = candidates(query, listed, transliterated);
        candidates.sort(ORDER);
        Candidate[] byQuery = new Candidate[query.size()];
        boolean[] listedUsed = new boolean[listed.size()];
        for (Candidate c : candidates) {
            if (free(byQuery, c.qFrom, c.qTo) && free(listedUsed, c.lFrom, c.lTo)) {
                for (int i = c.qFrom; i < c.qTo; i++) {
                    byQuery[i] = c;
                }
                for (int j = c.lFrom; j < c.lTo; j++) {
                    listedUsed[j] = true;
                }
            }
        }
        return result(query, listed, byQuery, listedUsed);
    }

    private static Result result(PreparedName q, PreparedName l, Candidate[] byQuery, boolean[] listedUsed) {
        List<TokenMatch> lines = new ArrayList<>();
        double matched = 0;
        double total = 0;
        for (int i = 0; i < q.size(); i++) {
            Candidate c = byQuery[i];
            if (c == null) {
                lines.add(new TokenMatch(q.tokens[i], null, MatchKind.UNMATCHED, 0, 0, q.weights[i]));
                total += q.weights[i];
            } else if (c.qFrom == i) {
                lines.add(new TokenMatch(join(q.tokens, c.qFrom, c.qTo), join(l.tokens, c.lFrom, c.lTo), c.kind,
                        c.edits, c.similarity, c.weight));
                matched += 2 * c.weight * c.similarity;
                total += 2 * c.weight;
            }
        }
        for (int j = 0; j < l.size(); j++) {
            if (!listedUsed[j]) {
                lines.add(new TokenMatch(null, l.tokens[j], MatchKind.UNMATCHED, 0, 0, l.weights[j]));
                total += l.weights[j];
            }
        }
        return new Result(lines, total == 0 ? 0 : Math.min(1, matched / total));
    }

    private static String join(String[] tokens, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(tokens).subList(from, to));
    }

    private static List<Candidate> candidates(PreparedName q, PreparedName l, boolean transliterated) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            for (int j = 0; j < l.size(); j++) {
                Candidate c = single(q, l, i, j, transliterated);
                if (c != null) {
                    out.add(c);
                }
                if (j + 1 < l.size()) {
                    addConcatenation(out, q.tokens[i], l.pairs[j], i, i + 1, j, j + 2, l.weights[j] + l.weights[j + 1]);
                }
                if (i + 1 < q.size()) {
                    addConcatenation(out, q.pairs[i], l.tokens[j], i, i + 2, j, j + 1, l.weights[j]);
                }
            }
        }
        return out;
    }

    /** A token against two adjacent tokens written together, equal or within the allowed edits. */
    private static void addConcatenation(List<Candidate> out, String one, String joined, int qFrom, int qTo,
                                         int lFrom, int lTo, double weight) {
        int bound = TokenSimilarity.maxEdits(one, joined);
        int edits = one.equals(joined) ? 0 : bound == 0 ? 1 : TokenSimilarity.distance(one, joined, bound);
        if (edits <= bound) {
            double similarity = CONCATENATION_SIMILARITY * (1.0 - (double) edits / Math.max(one.length(), joined.length()));
            out.add(new Candidate(qFrom, qTo, lFrom, lTo, MatchKind.CONCATENATED, edits, similarity, weight));
        }
    }

    private static Candidate single(PreparedName q, PreparedName l, int i, int j, boolean transliterated) {
        String a = q.tokens[i];
        String b = l.tokens[j];
        double weight = l.weights[j];
        if (a.equals(b)) {
            return new Candidate(i, i + 1, j, j + 1, transliterated ? MatchKind.TRANSLITERATED : MatchKind.EXACT, 0,
                    1, weight);
        }
        if (TokenSimilarity.isInitialOf(a, b) || TokenSimilarity.isInitialOf(b, a)) {
            return new Candidate(i, i + 1, j, j + 1, MatchKind.INITIAL, 0, INITIAL_SIMILARITY, weight);
        }
        int bound = TokenSimilarity.maxEdits(a, b);
        if (transliterated && bound > 0) {
            bound += TRANSLITERATION_EXTRA_EDITS;
        }
        int edits = bound == 0 ? 1 : TokenSimilarity.distance(a, b, bound);
        double typo = edits <= bound ? 1.0 - (double) edits / Math.max(a.length(), b.length()) : 0;
        boolean variant = q.skeletons[i] != null && q.skeletons[i].equals(l.skeletons[j]);
        if (variant && ROMANISATION_SIMILARITY >= typo) {
            return new Candidate(i, i + 1, j, j + 1, MatchKind.SPELLING_VARIANT, 0, ROMANISATION_SIMILARITY, weight);
        }
        if (transliterated) {
            double folded = foldedSimilarity(q.folds[i], l.folds[j], bound);
            if (folded > typo) {
                return new Candidate(i, i + 1, j, j + 1, MatchKind.TRANSLITERATED, 0, folded, weight);
            }
        }
        MatchKind kind = transliterated ? MatchKind.TRANSLITERATED : MatchKind.TYPO;
        return typo > 0 ? new Candidate(i, i + 1, j, j + 1, kind, edits, typo, weight) : null;
    }

    /** Similarity after the script-loss fold: {@link #ROMANISATION_SIMILARITY} times the edit similarity. */
    private static double foldedSimilarity(String fa, String fb, int bound) {
        if (fa.isEmpty() || fb.isEmpty()) {
            return 0;
        }
        int edits = fa.equals(fb) ? 0 : TokenSimilarity.distance(fa, fb, Math.max(bound, 0));
        return edits <= bound ? ROMANISATION_SIMILARITY * (1.0 - (double) edits / Math.max(fa.length(), fb.length()))
                : 0;
    }

    private static boolean free(Candidate[] byQuery, int from, int to) {
        for (int i = from; i < to; i++) {
            if (byQuery[i] != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(boolean[] used, int from, int to) {
        for (int j = from; j < to; j++) {
            if (used[j]) {
                return false;
            }
        }
        return true;
    }

    /** The token lines and the similarity S. */
    record Result(List<TokenMatch> tokens, double similarity) {
    }
}
