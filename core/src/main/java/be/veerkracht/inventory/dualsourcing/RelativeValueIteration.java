package be.veerkracht.inventory.dualsourcing;

import java.util.ArrayDeque;

/**
 * The exact optimal average cost of a {@link DualSourcingInstance} by relative value iteration (Puterman 1994,
 * "Markov Decision Processes", Wiley, §8.5.5) on the states of a {@link StateSpaceBounds} box. With
 * L(y) = E[h(y − D)⁺ + b(D − y)⁺] and y = x + q_e, the Bellman operator is
 * <pre>
 *   (TV)(x, q_1, r) = min over y ≥ x of [ c_e (y − x) + L(y) + H(y + q_1, r) ],
 *   H(z, r)        = min over q_r of Σ_d P(D = d) · V(z − d, (r, q_r)),
 * </pre>
 * r = (q_2, ..., q_{l_r−1}) (for l_r = 1, H(y) = min over q_r of Σ_d P(d) V(y + q_r − d)). The inner minimum over y
 * is a suffix minimum, so one iteration costs O(states · (|support of D| + 1) · (max order + 1) / (max order + 1))
 * = O(states · (|D| + 1)) plus the H table. Iterates V ← V + τ(TV − V) (aperiodicity transform, τ =
 * {@link #APERIODICITY_WEIGHT}) until the span of TV − V is below {@link #TOLERANCE}·(1 + |g|); then
 * min(TV − V) ≤ g ≤ max(TV − V). Transitions leaving the box are clamped to it; {@link BoundCheck} says whether the
 * optimal policy ever gets there. Memory: about five doubles per state.
 */
public final class RelativeValueIteration {

    /** Stop when the span of TV − V is below this times (1 + |g|) (dimensionless). */
    public static final double TOLERANCE = 1e-10;
    /** Give up after this many iterations. */
    public static final int MAX_ITERATIONS = 1_000_000;
    /** τ of the aperiodicity transform V ← V + τ(TV − V). */
    public static final double APERIODICITY_WEIGHT = 0.95;
    /** How often {@link #solveWidening} grows the box when the optimal policy reaches it. */
    public static final int MAX_WIDENINGS = 6;
    /** By how many units {@link #solveWidening} raises the order bound when it binds. */
    public static final int ORDER_WIDENING = 2;

    private final DualSourcingInstance instance;
    private final StateSpaceBounds bounds;
    private final int pipelineLength;
    private final int base;
    private final int codes;
    private final int restCodes;
    private final int xCount;
    private final int zCount;
    private final int xMin;
    private final int demandMin;
    private final double[] demand;
    private final double[] inventoryCost;

    /** @throws IllegalArgumentException if the box has more than {@link StateSpaceBounds#MAX_STATES} states */
    public RelativeValueIteration(DualSourcingInstance instance, StateSpaceBounds bounds) {
        long states = bounds.states(instance.pipelineLength());
        if (states > StateSpaceBounds.MAX_STATES) {
            throw new IllegalArgumentException("the dynamic programme would need " + states + " states, more than "
                    + StateSpaceBounds.MAX_STATES + "; use a heuristic policy");
        }
        this.instance = instance;
        this.bounds = bounds;
        this.pipelineLength = instance.pipelineLength();
        this.base = bounds.maxRegularOrder() + 1;
        this.codes = (int) (states / (bounds.maxNetInventory() - bounds.minNetInventory() + 1));
        this.restCodes = pipelineLength == 0 ? 1 : codes / base;
        this.xMin = bounds.minNetInventory();
        this.xCount = bounds.maxNetInventory() - xMin + 1;
        this.zCount = pipelineLength == 0 ? xCount : xCount + bounds.maxRegularOrder();
        this.demandMin = instance.demand().min();
        this.demand = instance.demand().probabilities();
        this.inventoryCost = new double[xCount];
        for (int i = 0; i < xCount; i++) {
            inventoryCost[i] = instance.expectedInventoryCost(xMin + i);
        }
    }

    /**
     * Solves on {@code bounds}; while the optimal policy reaches a face, grows the box (both net-inventory faces by
     * max D + 1, or the order bound by {@link #ORDER_WIDENING}, whichever was reached) and solves again, at most
     * {@link #MAX_WIDENINGS} times. The result's {@link BoundCheck} says whether it
     * still binds.
     */
    public static OptimalSolution solveWidening(DualSourcingInstance instance, StateSpaceBounds bounds) {
        OptimalSolution solution = new RelativeValueIteration(instance, bounds).solve();
        for (int i = 0; i < MAX_WIDENINGS && solution.boundCheck().binds(); i++) {
            bounds = solution.boundCheck().face() == BoundCheck.Face.REGULAR_ORDER
                    ? bounds.widenOrders(ORDER_WIDENING)
                    : bounds.widenNetInventory(instance.demand().max() + 1);
            solution = new RelativeValueIteration(instance, bounds).solve();
        }
        return solution;
    }

    /**
     * Iterates to the tolerance and extracts the optimal policy.
     *
     * @throws IllegalStateException if it does not converge within {@link #MAX_ITERATIONS}
     */
    public OptimalSolution solve() {
        int states = codes * xCount;
        double[] value = new double[states];
        double[] next = new double[states];
        double[] h = new double[restCodes * zCount];
        int reference = startIndex();
        double low = Double.NaN;
        double high = Double.NaN;
        int iteration = 0;
        while (true) {
            iteration++;
            fillH(value, h, null);
            apply(h, next, null);
            low = Double.POSITIVE_INFINITY;
            high = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < states; s++) {
                double diff = next[s] - value[s];
                low = Math.min(low, diff);
                high = Math.max(high, diff);
            }
            double g = (low + high) / 2;
            if (high - low < TOLERANCE * (1 + Math.abs(g))) {
                break;
            }
            if (iteration >= MAX_ITERATIONS) {
                throw new IllegalStateException("relative value iteration did not converge in " + MAX_ITERATIONS
                        + " iterations (span " + (high - low) + ")");
            }
            double shift = value[reference] + APERIODICITY_WEIGHT * (next[reference] - value[reference]);
            for (int s = 0; s < states; s++) {
                value[s] = value[s] + APERIODICITY_WEIGHT * (next[s] - value[s]) - shift;
            }
        }
        int[] bestRegular = new int[restCodes * zCount];
        int[] orderUpTo = new int[states];
        fillH(value, h, bestRegular);
        apply(h, next, orderUpTo);
        int[] regular = new int[states];
        for (int code = 0; code < codes; code++) {
            int q1 = pipelineLength == 0 ? 0 : code / restCodes;
            int rest = pipelineLength == 0 ? 0 : code % restCodes;
            for (int xi = 0; xi < xCount; xi++) {
                int s = code * xCount + xi;
                int yi = orderUpTo[s] - xMin;
                regular[s] = pipelineLength == 0 ? bestRegular[yi] : bestRegular[rest * zCount + yi + q1];
            }
        }
        TabulatedPolicy policy = new TabulatedPolicy(bounds, pipelineLength, orderUpTo, regular,
                startNetInventory());
        BoundCheck check = checkBounds(orderUpTo, regular);
        return new OptimalSolution((low + high) / 2, low, high, iteration, states, bounds, policy, check);
    }

    /** H(z, r) = min over q_r of Σ_d P(d) V(z − d, (r, q_r)); with {@code argmin}, records the smallest best q_r. */
    private void fillH(double[] value, double[] h, int[] argmin) {
        int maxOrder = bounds.maxRegularOrder();
        if (pipelineLength == 0) {
            double[] g = new double[xCount + maxOrder];
            for (int w = 0; w < g.length; w++) {
                g[w] = expectation(value, 0, w);
            }
            for (int yi = 0; yi < xCount; yi++) {
                double best = Double.POSITIVE_INFINITY;
                for (int q = 0; q <= maxOrder; q++) {
                    if (g[yi + q] < best) {
                        best = g[yi + q];
                        if (argmin != null) {
                            argmin[yi] = q;
                        }
                    }
                }
                h[yi] = best;
            }
            return;
        }
        java.util.Arrays.fill(h, Double.POSITIVE_INFINITY);
        for (int rest = 0; rest < restCodes; rest++) {
            for (int q = 0; q <= maxOrder; q++) {
                int offset = (rest * base + q) * xCount;
                for (int zi = 0; zi < zCount; zi++) {
                    double g = expectation(value, offset, zi);
                    int at = rest * zCount + zi;
                    if (g < h[at]) {
                        h[at] = g;
                        if (argmin != null) {
                            argmin[at] = q;
                        }
                    }
                }
            }
        }
    }

    /** Σ_d P(d) V at x = clamp(xMin + zi − d), pipeline code at {@code offset / xCount}. */
    private double expectation(double[] value, int offset, int zi) {
        double sum = 0;
        for (int k = 0; k < demand.length; k++) {
            int xi = zi - demandMin - k;
            xi = xi < 0 ? 0 : Math.min(xi, xCount - 1);
            sum += demand[k] * value[offset + xi];
        }
        return sum;
    }

    /** next = TV from H; with {@code orderUpTo}, records the smallest best y = x + q_e of every state. */
    private void apply(double[] h, double[] next, int[] orderUpTo) {
        double premium = instance.expeditedPremium();
        for (int code = 0; code < codes; code++) {
            int q1 = pipelineLength == 0 ? 0 : code / restCodes;
            int rowH = (pipelineLength == 0 ? 0 : code % restCodes) * zCount + q1;
            double best = Double.POSITIVE_INFINITY;
            int bestY = xCount - 1;
            for (int yi = xCount - 1; yi >= 0; yi--) {
                double f = premium * yi + inventoryCost[yi] + h[rowH + yi];
                if (f <= best) {
                    best = f;
                    bestY = yi;
                }
                next[code * xCount + yi] = best - premium * yi;
                if (orderUpTo != null) {
                    orderUpTo[code * xCount + yi] = xMin + bestY;
                }
            }
        }
    }

    private int startNetInventory() {
        return xMin + xCount / 2;
    }

    /** (middle x, every pipeline entry ⌊E[D]⌉, at most max order − 1): near where a sensible policy lives. */
    private int startIndex() {
        int q = (int) Math.min(Math.round(instance.demand().mean()), bounds.maxRegularOrder() - 1);
        int code = 0;
        for (int i = 0; i < pipelineLength; i++) {
            code = code * base + q;
        }
        return code * xCount + startNetInventory() - xMin;
    }

    /** Follows the optimal policy from {@link #startIndex()} through every demand; see {@link BoundCheck}. */
    private BoundCheck checkBounds(int[] orderUpTo, int[] regular) {
        int states = codes * xCount;
        boolean[] seen = new boolean[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int start = startIndex();
        seen[start] = true;
        queue.add(start);
        int reached = 0;
        int maxOrder = bounds.maxRegularOrder();
        int xMax = bounds.maxNetInventory();
        while (!queue.isEmpty()) {
            int s = queue.poll();
            reached++;
            int code = s / xCount;
            int x = xMin + s % xCount;
            int[] pipeline = decode(code);
            String where = "state " + State.of(x, pipeline);
            if (s != start && (x == xMin || x == xMax)) {
                return new BoundCheck(true, BoundCheck.Face.NET_INVENTORY, reached, where + " has x on a bound");
            }
            for (int q : pipeline) {
                if (q == maxOrder) {
                    return new BoundCheck(true, BoundCheck.Face.REGULAR_ORDER, reached,
                            where + " has a pipeline order on the bound");
                }
            }
            int y = orderUpTo[s];
            if (y == xMax) {
                return new BoundCheck(true, BoundCheck.Face.NET_INVENTORY, reached,
                        where + ": the optimal x + q_e is on the bound");
            }
            if (regular[s] == maxOrder) {
                return new BoundCheck(true, BoundCheck.Face.REGULAR_ORDER, reached,
                        where + ": the optimal regular order is on the bound");
            }
            int arriving = pipelineLength == 0 ? regular[s] : pipeline[0];
            int nextCode = pipelineLength == 0 ? 0 : (code % restCodes) * base + regular[s];
            for (int k = 0; k < demand.length; k++) {
                if (demand[k] == 0) {
                    continue;
                }
                int x2 = y + arriving - demandMin - k;
                if (x2 < xMin || x2 > xMax) {
                    return new BoundCheck(true, BoundCheck.Face.NET_INVENTORY, reached,
                            where + ": a transition leaves the box");
                }
                int t = nextCode * xCount + x2 - xMin;
                if (!seen[t]) {
                    seen[t] = true;
                    queue.add(t);
                }
            }
        }
        return new BoundCheck(false, BoundCheck.Face.NONE, reached, "no bound reached");
    }

    private int[] decode(int code) {
        int[] pipeline = new int[pipelineLength];
        for (int i = pipelineLength - 1; i >= 0; i--) {
            pipeline[i] = code % base;
            code /= base;
        }
        return pipeline;
    }
}
