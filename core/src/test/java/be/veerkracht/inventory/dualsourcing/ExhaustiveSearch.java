package be.veerkracht.inventory.dualsourcing;

/**
 * The test oracle for {@link RelativeValueIteration}: on a tiny box, enumerates every deterministic stationary
 * policy of the same bounded model (actions y ∈ [x, max x], q_r ∈ [0, max order]; transitions clamped to the box),
 * computes each one's average cost from a fixed start state by iterating the damped state distribution
 * μ ← (μ + μP)/2 to its limit, and returns the smallest. For a communicating model (as here) this is the optimal
 * gain (Puterman 1994, Theorem 8.3.2 and §9.1).
 */
final class ExhaustiveSearch {

    private final DualSourcingInstance instance;
    private final StateSpaceBounds box;
    private final int length;
    private final int base;
    private final int xCount;
    private final int states;
    private final int[][] actionsY;
    private final int[][] actionsQ;

    ExhaustiveSearch(DualSourcingInstance instance, StateSpaceBounds box) {
        this.instance = instance;
        this.box = box;
        this.length = instance.pipelineLength();
        this.base = box.maxRegularOrder() + 1;
        this.xCount = box.maxNetInventory() - box.minNetInventory() + 1;
        this.states = (int) box.states(length);
        actionsY = new int[states][];
        actionsQ = new int[states][];
        for (int s = 0; s < states; s++) {
            int x = box.minNetInventory() + s % xCount;
            int count = (box.maxNetInventory() - x + 1) * base;
            actionsY[s] = new int[count];
            actionsQ[s] = new int[count];
            for (int a = 0; a < count; a++) {
                actionsY[s][a] = x + a / base;
                actionsQ[s][a] = a % base;
            }
        }
    }

    double bestAverageCost() {
        int[] choice = new int[states];
        double best = Double.POSITIVE_INFINITY;
        while (true) {
            best = Math.min(best, averageCost(choice));
            int s = 0;
            while (s < states && ++choice[s] == actionsY[s].length) {
                choice[s] = 0;
                s++;
            }
            if (s == states) {
                return best;
            }
        }
    }

    private double averageCost(int[] choice) {
        double[] cost = new double[states];
        int[][] next = new int[states][];
        double[] p = instance.demand().probabilities();
        for (int s = 0; s < states; s++) {
            int x = box.minNetInventory() + s % xCount;
            int code = s / xCount;
            int y = actionsY[s][choice[s]];
            int qr = actionsQ[s][choice[s]];
            cost[s] = instance.expeditedPremium() * (y - x) + instance.expectedInventoryCost(y);
            int restCodes = length == 0 ? 1 : (int) Math.pow(base, length - 1);
            int arriving = length == 0 ? qr : code / restCodes;
            int nextCode = length == 0 ? 0 : (code % restCodes) * base + qr;
            next[s] = new int[p.length];
            for (int k = 0; k < p.length; k++) {
                int x2 = Math.max(box.minNetInventory(), Math.min(box.maxNetInventory(),
                        y + arriving - instance.demand().min() - k));
                next[s][k] = nextCode * xCount + x2 - box.minNetInventory();
            }
        }
        double[] mu = new double[states];
        mu[0] = 1;
        for (int iteration = 0; iteration < 100_000; iteration++) {
            double[] stepped = new double[states];
            for (int s = 0; s < states; s++) {
                stepped[s] += mu[s] / 2;
                for (int k = 0; k < p.length; k++) {
                    stepped[next[s][k]] += mu[s] * p[k] / 2;
                }
            }
            double change = 0;
            for (int s = 0; s < states; s++) {
                change += Math.abs(stepped[s] - mu[s]);
            }
            mu = stepped;
            if (change < 1e-13) {
                break;
            }
        }
        double average = 0;
        for (int s = 0; s < states; s++) {
            average += mu[s] * cost[s];
        }
        return average;
    }
}
