package be.veerkracht.sourcing.mcda;

/**
 * A multi-criteria ranking method: alternatives judged on weighted criteria, a score per alternative (higher is
 * better), and the ranking that follows. The method's settings (normalisation, preference functions) go into the
 * implementation's constructor; the matrix and weights are the query. Implementations are immutable and
 * deterministic.
 */
public interface RankingMethod {

    /**
     * Scores and ranks every alternative of {@code matrix}.
     *
     * @param weights one per criterion, normalised to sum 1
     * @throws IllegalArgumentException when the weights do not fit the matrix or the data do not suit the method
     */
    Ranking rank(DecisionMatrix matrix, Weights weights);

    /** The method's code: {@code wsm}, {@code topsis}, {@code promethee}. */
    String code();
}
