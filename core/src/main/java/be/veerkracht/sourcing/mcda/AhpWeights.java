package be.veerkracht.sourcing.mcda;

import java.util.ArrayList;
import java.util.List;

/**
 * Criterion weights from a pairwise comparison matrix by Saaty's analytic hierarchy process (AHP). {@code a_ij} says
 * how much more important criterion i is than j on Saaty's 1–9 scale; the matrix must be positive and reciprocal
 * ({@code a_ji = 1 / a_ij}, within {@link #RECIPROCITY_TOLERANCE}) with ones on the diagonal. The weights are the
 * principal (Perron) eigenvector, normalised to sum 1, found by power iteration; {@code lambda_max} is its
 * eigenvalue. Consistency index {@code CI = (lambda_max - n) / (n - 1)}, consistency ratio {@code CR = CI / RI(n)}
 * with Saaty's random index {@link #RANDOM_INDEX}; above {@link #CONSISTENCY_LIMIT} the judgements should be revised.
 *
 * <p>Convergence: for a positive matrix the iteration converges geometrically with ratio |lambda_2 / lambda_1| &lt; 1
 * (Perron–Frobenius); it stops when no weight moves by more than {@link #CONVERGENCE_TOLERANCE}, after at most
 * {@link #MAX_ITERATIONS} steps (then it throws). Time O(n^2) per step. Limits: 1 ≤ n ≤ {@link #MAX_CRITERIA} (the
 * random-index table's reach; Saaty advises 7 ± 2 elements).
 *
 * <p>Saaty, T. L. (1977), "A scaling method for priorities in hierarchical structures", Journal of Mathematical
 * Psychology 15(3), 234–281, doi:10.1016/0022-2496(77)90033-5; Saaty, T. L. (1980), The Analytic Hierarchy Process,
 * McGraw-Hill, New York (random-index table, p. 21).
 *
 * @param criteria          the criteria, in matrix order
 * @param weights           the principal eigenvector, sum 1, in matrix order
 * @param lambdaMax         the principal eigenvalue (n for a perfectly consistent matrix)
 * @param consistencyIndex  CI = (lambda_max - n) / (n - 1); 0 for n ≤ 2
 * @param randomIndex       RI(n) of Saaty's table
 * @param consistencyRatio  CR = CI / RI; 0 for n ≤ 2 (always consistent)
 * @param iterations        power-iteration steps taken
 */
public record AhpWeights(List<String> criteria, List<Double> weights, double lambdaMax, double consistencyIndex,
                         double randomIndex, double consistencyRatio, int iterations) {

    /**
     * Saaty's random index RI(n) for n = 1..10, the mean CI of random reciprocal matrices (Saaty 1980, The Analytic
     * Hierarchy Process, p. 21): 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49.
     */
    public static final List<Double> RANDOM_INDEX = List.of(0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45,
            1.49);
    /** Largest matrix accepted, the reach of {@link #RANDOM_INDEX}. */
    public static final int MAX_CRITERIA = 10;
    /** CR above this (0.10, Saaty 1980) means the judgements are too inconsistent to use without revision. */
    public static final double CONSISTENCY_LIMIT = 0.10;
    /** Relative tolerance on {@code a_ij * a_ji = 1}: 1 %, so that 1/3 may be written 0.333 or 0.33. */
    public static final double RECIPROCITY_TOLERANCE = 0.01;
    /** Power iteration stops when no weight (sum 1) changes by more than this. */
    public static final double CONVERGENCE_TOLERANCE = 1e-13;
    /** Power iteration gives up after this many steps. */
    public static final int MAX_ITERATIONS = 100_000;
    static final String CITATION = "Saaty (1977), J. Math. Psychology 15(3) 234-281, "
            + "doi:10.1016/0022-2496(77)90033-5; random index: Saaty (1980), The Analytic Hierarchy Process";

    public AhpWeights {
        criteria = List.copyOf(criteria);
        weights = List.copyOf(weights);
    }

    /** True when CR ≤ {@link #CONSISTENCY_LIMIT}. */
    public boolean consistent() {
        return consistencyRatio <= CONSISTENCY_LIMIT;
    }

    /** The weights as {@link Weights}. */
    public Weights asWeights() {
        return new Weights(weights);
    }

    /**
     * The weights of a pairwise comparison matrix.
     *
     * @param criteria names, one per row and column
     * @param pairwise square, positive, reciprocal, ones on the diagonal
     * @throws IllegalArgumentException naming the cell that is wrong
     */
    public static AhpWeights of(List<String> criteria, double[][] pairwise) {
        int n = pairwise.length;
        validate(criteria, pairwise);
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        int iterations = 0;
        double lambda = n;
        while (true) {
            double[] next = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[i] += pairwise[i][j] * w[j];
                }
                sum += next[i];
            }
            lambda = sum; // sum_i (A w)_i with sum_i w_i = 1
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            iterations++;
            if (change <= CONVERGENCE_TOLERANCE) {
                break;
            }
            if (iterations >= MAX_ITERATIONS) {
                throw new IllegalStateException("AHP power iteration did not converge in " + MAX_ITERATIONS
                        + " steps");
            }
        }
        double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
        double ri = RANDOM_INDEX.get(n - 1);
        double cr = n <= 2 ? 0 : ci / ri;
        List<Double> weights = new ArrayList<>();
        for (double x : w) {
            weights.add(x);
        }
        return new AhpWeights(criteria, weights, lambda, ci, ri, cr, iterations);
    }

    private static void validate(List<String> criteria, double[][] a) {
        int n = a.length;
        if (n < 1 || n > MAX_CRITERIA) {
            throw new IllegalArgumentException("a pairwise matrix has 1 to " + MAX_CRITERIA + " rows, got " + n);
        }
        if (criteria.size() != n) {
            throw new IllegalArgumentException(criteria.size() + " criterion names for " + n + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("row " + criteria.get(i) + " has " + a[i].length
                        + " values, the matrix is not square (" + n + ")");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                String cell = criteria.get(i) + " vs " + criteria.get(j);
                if (!(a[i][j] > 0 && Double.isFinite(a[i][j]))) {
                    throw new IllegalArgumentException(cell + ": must be a number above 0, got " + a[i][j]);
                }
                if (i == j && Math.abs(a[i][j] - 1) > RECIPROCITY_TOLERANCE) {
                    throw new IllegalArgumentException(cell + ": the diagonal must be 1, got " + a[i][j]);
                }
                if (Math.abs(a[i][j] * a[j][i] - 1) > RECIPROCITY_TOLERANCE) {
                    throw new IllegalArgumentException(cell + ": not reciprocal, " + a[i][j] + " and " + a[j][i]
                            + " (a_ji must be 1 / a_ij)");
                }
            }
        }
    }

    /** The explanation shown with the weights. */
    public String explanation() {
        return "weights: principal eigenvector (power iteration, " + iterations + " steps); CI = (lambda_max - n) / "
                + "(n - 1); CR = CI / RI(n), RI from Saaty (1980); consistent when CR <= " + CONSISTENCY_LIMIT + "; "
                + CITATION;
    }
}
