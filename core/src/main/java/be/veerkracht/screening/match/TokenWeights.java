package be.veerkracht.screening.match;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a token says about identity: its inverse document frequency over the indexed names, so a rare surname
 * weighs more than "al" or "trading".
 *
 * <p>{@code w(t) = ln((N + 1) / (df(t) + 1)) + 1} with N the number of names and df(t) the names holding t (the
 * smoothed IDF of K. Spärck Jones, "A statistical interpretation of term specificity and its application in
 * retrieval", Journal of Documentation 28(1):11–21, 1972, doi:10.1108/eb026526; smoothing as scikit-learn's
 * {@code TfidfVectorizer(smooth_idf=True)}). An unseen token weighs as a token seen nowhere. Generic business words
 * ({@link #GENERIC_WORDS}) weigh at most {@value #GENERIC_WEIGHT} even when the list does not hold them, and a
 * legal-form word left inside a name ("Hesong Company Trading") as a generic word, and a single letter (an initial)
 * at most {@value #INITIAL_WEIGHT}, so an initial that meets nothing still counts (a missing given name). Cost: O(total tokens) to build, O(1) per look-up.
 */
public final class TokenWeights {

    /** Cap on the weight of a generic business word (the IDF of a token held by about a third of the names). */
    public static final double GENERIC_WEIGHT = 1.5;
    /** Cap on the weight of a one-letter token. */
    public static final double INITIAL_WEIGHT = 3.0;
    /** Words that name a trade or a structure, not a party; in the normalised (lower-case ASCII) form. */
    public static final Set<String> GENERIC_WORDS = Set.of("trading", "trade", "international", "intl", "group",
            "general", "global", "holding", "holdings", "industries", "industry", "industrial", "services",
            "service", "commercial", "import", "export", "enterprise", "enterprises", "investment", "investments",
            "development", "management", "technology", "technologies", "solutions", "systems", "supply",
            "supplies", "products", "manufacturing", "logistics", "engineering", "construction",
            "the", "of", "and", "for", "de", "la", "le", "les", "des", "du", "van", "der", "den", "het",
            "et", "und", "y", "e", "en");

    private final Map<String, Integer> documentFrequency;
    /** The weight of every indexed token, computed once. */
    private final Map<String, Double> known;
    private final int names;
    private final LegalForms legalForms;

    /** With the default legal forms. */
    public TokenWeights(List<List<String>> names) {
        this(names, LegalForms.DEFAULT);
    }

    /** @param names the normalised tokens of every indexed name */
    public TokenWeights(List<List<String>> names, LegalForms legalForms) {
        this.legalForms = java.util.Objects.requireNonNull(legalForms, "legalForms");
        Map<String, Integer> df = new HashMap<>();
        for (List<String> tokens : names) {
            for (String t : new HashSet<>(tokens)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        this.documentFrequency = Map.copyOf(df);
        this.names = names.size();
        Map<String, Double> w = new HashMap<>();
        df.keySet().forEach(t -> w.put(t, compute(t)));
        this.known = Map.copyOf(w);
    }

    /** The weight of a token; positive. */
    public double weight(String token) {
        Double w = known.get(token);
        return w != null ? w : compute(token);
    }

    private double compute(String token) {
        double idf = Math.log((names + 1.0) / (documentFrequency.getOrDefault(token, 0) + 1.0)) + 1.0;
        if (token.length() == 1) {
            return Math.min(idf, INITIAL_WEIGHT);
        }
        return GENERIC_WORDS.contains(token) || legalForms.isForm(token) ? Math.min(idf, GENERIC_WEIGHT) : idf;
    }

    /** Number of names the weights were counted over. */
    public int names() {
        return names;
    }
}
