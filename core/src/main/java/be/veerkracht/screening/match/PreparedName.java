package be.veerkracht.screening.match;

import java.util.List;

/**
 * A normalised name with what the alignment needs of each token computed once (weight, consonant skeleton,
 * script-loss fold, adjacent pairs written together), so an indexed name is prepared at build time and a query
 * once per search.
 */
final class PreparedName {

    final NormalisedName name;
    final String[] tokens;
    final double[] weights;
    final String[] skeletons;
    final String[] folds;
    /** {@code tokens[i] + tokens[i + 1]}; one shorter than tokens (empty when fewer than two tokens). */
    final String[] pairs;

    PreparedName(NormalisedName name, TokenWeights weights) {
        this.name = name;
        List<String> t = name.tokens();
        int n = t.size();
        this.tokens = t.toArray(new String[0]);
        this.weights = new double[n];
        this.skeletons = new String[n];
        this.folds = new String[n];
        this.pairs = new String[Math.max(0, n - 1)];
        for (int i = 0; i < n; i++) {
            this.weights[i] = weights.weight(tokens[i]);
            this.skeletons[i] = TokenSimilarity.skeleton(tokens[i]);
            this.folds[i] = TokenSimilarity.scriptLossFold(tokens[i]);
            if (i + 1 < n) {
                pairs[i] = tokens[i] + tokens[i + 1];
            }
        }
    }

    int size() {
        return tokens.length;
    }
}
