package be.veerkracht.inventory.dualsourcing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact average cost of a stationary policy: the states reachable from (policy start, empty pipeline) are
 * enumerated breadth first, and the stationary distribution π = πP of the chain solved by Gauss–Seidel sweeps
 * π(j) ← Σ_{i≠j} π(i)P(i, j) / (1 − P(j, j)), renormalised, until the L1 change is below {@link #TOLERANCE}
 * (transient states end with mass 0; if several recurrent classes are reachable, the result is one stationary
 * distribution of them). The average cost is Σ π(s)·(c_e·q_e(s) + L(x + q_e(s))).
 *
 * <p>The chain of SI, DI and CDI policies is finite. A tailored base-surge policy with Q larger than the smallest
 * demand can climb without bound (with geometrically small probability): x is capped at
 * start + {@link #CAP_PERIODS}·(max D − min D + 1), and the stationary mass on capped states is reported as
 * {@link ChainCost#truncatedMass()} (far below 10⁻¹² on the instances we tested). Cost: O(states · |support of D|)
 * per sweep; at most {@link #MAX_STATES} states.
 */
public final class PolicyEvaluation {

    /** L1 change of π between sweeps at which to stop. */
    public static final double TOLERANCE = 1e-13;
    /** Give up after this many sweeps. */
    public static final int MAX_SWEEPS = 200_000;
    /** The largest chain solved exactly; larger ones should be simulated ({@link PolicySimulation}). */
    public static final int MAX_STATES = 2_000_000;
    /** The net-inventory cap above the start, in multiples of the demand range. */
    public static final int CAP_PERIODS = 64;

    private final DualSourcingInstance instance;
    private final int maxStates;

    /** With the default limit of {@link #MAX_STATES} states. */
    public PolicyEvaluation(DualSourcingInstance instance) {
        this(instance, MAX_STATES);
    }

    /** @throws IllegalArgumentException unless 1 ≤ maxStates ≤ {@link #MAX_STATES} */
    public PolicyEvaluation(DualSourcingInstance instance, int maxStates) {
        if (maxStates < 1 || maxStates > MAX_STATES) {
            throw new IllegalArgumentException("the state limit must be 1.." + MAX_STATES + ", got " + maxStates);
        }
        this.instance = instance;
        this.maxStates = maxStates;
    }

    /**
     * The exact cost of {@code policy}.
     *
     * @throws TooManyStatesException if more states than the limit are reachable
     * @throws IllegalStateException if Gauss–Seidel does not converge
     */
    public ChainCost evaluate(DualSourcingPolicy policy) throws TooManyStatesException {
        Chain chain = explore(policy);
        Stationary solved = stationary(chain.size(), chain.successors(), instance.demand().probabilities());
        return summarise(chain, solved);
    }

    /** The reachable states with their successors (one per demand value) and what each state costs and orders. */
    private record Chain(List<int[]> successors, List<double[]> rewards, List<Boolean> capped) {
        int size() {
            return successors.size();
        }
    }

    private Chain explore(DualSourcingPolicy policy) throws TooManyStatesException {
        DemandDistribution demand = instance.demand();
        int dMin = demand.min();
        int outcomes = demand.max() - dMin + 1;
        int cap = policy.startNetInventory() + CAP_PERIODS * outcomes;
        int length = instance.pipelineLength();
        // States are grouped by pipeline: one hash lookup per state for its successors' pipeline, then an array
        // indexed by x, since the successors of a state differ only in x.
        Map<Key, Slot> slots = new HashMap<>();
        List<Slot> stateSlot = new ArrayList<>();
        IntList stateX = new IntList();
        Chain chain = new Chain(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Slot first = slots.computeIfAbsent(new Key(new int[length]), Slot::new);
        first.put(policy.startNetInventory(), 0);
        stateSlot.add(first);
        stateX.add(policy.startNetInventory());
        chain.capped().add(false);
        for (int s = 0; s < stateX.size(); s++) {
            int x = stateX.get(s);
            int[] pipeline = stateSlot.get(s).pipeline;
            int qe = policy.expeditedOrder(x, pipeline);
            int qr = policy.regularOrder(x, pipeline, qe);
            if (qe < 0 || qr < 0) {
                throw new IllegalStateException("policy ordered a negative quantity in state " + State.of(x,
                        pipeline));
            }
            int y = x + qe;
            int arriving = length == 0 ? qr : pipeline[0];
            int[] nextPipeline = new int[length];
            if (length > 0) {
                System.arraycopy(pipeline, 1, nextPipeline, 0, length - 1);
                nextPipeline[length - 1] = qr;
            }
            Slot slot = slots.computeIfAbsent(new Key(nextPipeline), Slot::new);
            int[] succ = new int[outcomes];
            for (int k = 0; k < outcomes; k++) {
                int x2 = Math.min(y - dMin - k + arriving, cap);
                int t = slot.get(x2);
                if (t < 0) {
                    if (stateX.size() >= maxStates) {
                        throw new TooManyStatesException(maxStates);
                    }
                    t = stateX.size();
                    slot.put(x2, t);
                    stateSlot.add(slot);
                    stateX.add(x2);
                    chain.capped().add(x2 == cap);
                }
                succ[k] = t;
            }
            chain.successors().add(succ);
            chain.rewards().add(new double[] {instance.expeditedPremium() * qe + instance.expectedInventoryCost(y),
                qe, qr, y});
        }
        return chain;
    }

    private static ChainCost summarise(Chain chain, Stationary solved) {
        double[] pi = solved.pi();
        double cost = 0;
        double expedited = 0;
        double regular = 0;
        double truncated = 0;
        int yMin = Integer.MAX_VALUE;
        int yMax = Integer.MIN_VALUE;
        for (int s = 0; s < chain.size(); s++) {
            double[] r = chain.rewards().get(s);
            cost += pi[s] * r[0];
            expedited += pi[s] * r[1];
            regular += pi[s] * r[2];
            if (chain.capped().get(s)) {
                truncated += pi[s];
            }
            yMin = Math.min(yMin, (int) r[3]);
            yMax = Math.max(yMax, (int) r[3]);
        }
        double[] ys = new double[yMax - yMin + 1];
        for (int s = 0; s < chain.size(); s++) {
            ys[(int) chain.rewards().get(s)[3] - yMin] += pi[s];
        }
        return new ChainCost(cost, expedited, regular, chain.size(), solved.sweeps(), truncated, yMin, ys);
    }

    /** Gauss–Seidel on the transposed chain. */
    private static Stationary stationary(int n, List<int[]> successors, double[] p) {
        int[] count = new int[n + 1];
        double[] self = new double[n];
        for (int s = 0; s < n; s++) {
            int[] succ = successors.get(s);
            for (int k = 0; k < succ.length; k++) {
                if (succ[k] == s) {
                    self[s] += p[k];
                } else {
                    count[succ[k] + 1]++;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            count[j + 1] += count[j];
        }
        int[] from = new int[count[n]];
        double[] prob = new double[count[n]];
        int[] fill = Arrays.copyOf(count, n);
        for (int s = 0; s < n; s++) {
            int[] succ = successors.get(s);
            for (int k = 0; k < succ.length; k++) {
                if (succ[k] != s) {
                    from[fill[succ[k]]] = s;
                    prob[fill[succ[k]]++] = p[k];
                }
            }
        }
        double[] pi = new double[n];
        Arrays.fill(pi, 1.0 / n);
        for (int sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
            double change = 0;
            double total = 0;
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int e = count[j]; e < count[j + 1]; e++) {
                    sum += pi[from[e]] * prob[e];
                }
                double updated = self[j] >= 1 ? pi[j] : sum / (1 - self[j]);
                change += Math.abs(updated - pi[j]);
                pi[j] = updated;
                total += updated;
            }
            for (int j = 0; j < n; j++) {
                pi[j] /= total;
            }
            if (change < TOLERANCE * total) {
                return new Stationary(pi, sweep);
            }
        }
        throw new IllegalStateException("the stationary distribution did not converge in " + MAX_SWEEPS
                + " sweeps over " + n + " states");
    }

    private record Stationary(double[] pi, int sweeps) {
    }

    /** The states with one pipeline, indexed by x (−1 where there is none yet). */
    private static final class Slot {
        private final int[] pipeline;
        private int xMin;
        private int[] index = new int[0];

        Slot(Key key) {
            this.pipeline = key.values;
        }

        int get(int x) {
            int i = x - xMin;
            return i < 0 || i >= index.length ? -1 : index[i];
        }

        void put(int x, int state) {
            if (index.length == 0) {
                xMin = x;
                index = new int[] {-1};
            }
            if (x < xMin || x >= xMin + index.length) {
                int low = Math.min(xMin, x);
                int high = Math.max(xMin + index.length - 1, x);
                int grown = Math.max(high - low + 1, 2 * index.length);
                int[] wider = new int[grown];
                Arrays.fill(wider, -1);
                int newMin = x < xMin ? high - grown + 1 : low;
                System.arraycopy(index, 0, wider, xMin - newMin, index.length);
                index = wider;
                xMin = newMin;
            }
            index[x - xMin] = state;
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    /** A pipeline as a hash key. */
    private record Key(int[] values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
