package be.veerkracht.screening.match;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene fields of a normalised name and the candidate query over them: whole tokens, and character trigrams
 * of each token padded with {@value #PAD} ("qaida" → {@code _qa qai aid ida da_}), so that a typo, a transliteration
 * variant or a concatenation still shares most trigrams with the listed name (the n-gram index of J. R. Ullmann,
 * "A binary n-gram technique for automatic correction of substitution, deletion, insertion and reversal errors in
 * words", The Computer Journal 20(2):141–147, 1977, doi:10.1093/comjnl/20.2.141). Both fields are scored by
 * Lucene's BM25; the query is a disjunction, so order does not matter.
 */
final class CandidateQuery {

    static final String TOKEN_FIELD = "tok";
    static final String GRAM_FIELD = "gram";
    /** Padding marking the start and end of a token in trigrams. */
    static final char PAD = '_';
    /** Trigram length. */
    static final int GRAM = 3;
    /** A whole-token hit counts this many times a trigram hit. */
    static final float TOKEN_BOOST = 2f;
    /** Trigrams held by a larger share of the indexed names are not queried (see {@link #of}). */
    static final double MAX_GRAM_DOC_SHARE = 0.02;
    /** ...but never fewer than this many names, so a small list (the UN's 4,000 names) is queried in full. */
    static final int MIN_GRAM_DOC_LIMIT = 1000;
    /** Clauses kept at most (Lucene's default limit is 1024). */
    static final int MAX_CLAUSES = 512;

    private CandidateQuery() {
    }

    /** The trigrams of the tokens, space-separated, for the gram field. */
    static String grams(List<String> tokens) {
        return String.join(" ", gramSet(tokens));
    }

    private static Set<String> gramSet(List<String> tokens) {
        Set<String> grams = new LinkedHashSet<>();
        for (String t : tokens) {
            String padded = PAD + t + PAD;
            for (int i = 0; i + GRAM <= padded.length(); i++) {
                grams.add(padded.substring(i, i + GRAM));
            }
        }
        return grams;
    }

    /**
     * The disjunction of token and trigram terms of the query name; null when it has no token. Trigrams held by
     * more than {@link #MAX_GRAM_DOC_SHARE} of the indexed names (and more than {@link #MIN_GRAM_DOC_LIMIT}) are left
     * out: they select little and cost most. Each token keeps at least its rarest trigram.
     */
    static Query of(NormalisedName name, IndexReader reader) throws IOException {
        if (name.tokens().isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> grams = new java.util.HashSet<>();
        int clauses = 0;
        for (String t : new LinkedHashSet<>(name.tokens())) {
            if (clauses++ < MAX_CLAUSES) {
                b.add(new BoostQuery(new TermQuery(new Term(TOKEN_FIELD, t)), TOKEN_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        long maxDf = Math.max(MIN_GRAM_DOC_LIMIT, (long) (MAX_GRAM_DOC_SHARE * reader.maxDoc()));
        for (String token : new LinkedHashSet<>(name.tokens())) {
            Term rarest = null;
            int rarestDf = Integer.MAX_VALUE;
            boolean kept = false;
            for (String g : gramSet(List.of(token))) {
                Term term = new Term(GRAM_FIELD, g);
                int df = reader.docFreq(term);
                if (df > 0 && df <= maxDf && grams.add(g) && clauses++ < MAX_CLAUSES) {
                    b.add(new TermQuery(term), BooleanClause.Occur.SHOULD);
                    kept = true;
                }
                if (df > 0 && df < rarestDf) {
                    rarest = term;
                    rarestDf = df;
                }
            }
            if (!kept && rarest != null && grams.add(rarest.text()) && clauses++ < MAX_CLAUSES) {
                b.add(new TermQuery(rarest), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }
}
