package be.veerkracht.inventory.dualsourcing;

import java.util.SplittableRandom;

/**
 * Simulates a policy period by period from (policy start, empty pipeline) with demand drawn by inversion from a
 * {@link SplittableRandom} with the given seed (the same seed gives the same numbers), and estimates the average
 * cost with a 95 % confidence interval by the method of batch means (Law, "Simulation Modeling and Analysis", 5th
 * ed., McGraw-Hill 2015, §9.5.3): after a warm-up, {@code batches} consecutive batches of equal length; the batch
 * means are treated as independent, which holds approximately when batches are much longer than the chain's
 * mixing time. Cost: O(periods · l_r).
 */
public final class PolicySimulation {

    /** Default number of batches. */
    public static final int BATCHES = 20;
    /** Default periods per batch. */
    public static final int PERIODS_PER_BATCH = 50_000;
    /** Default warm-up periods. */
    public static final int WARM_UP = 10_000;

    private final DualSourcingInstance instance;
    private final double[] cumulative;

    public PolicySimulation(DualSourcingInstance instance) {
        this.instance = instance;
        double[] p = instance.demand().probabilities();
        cumulative = new double[p.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            sum += p[k];
            cumulative[k] = sum;
        }
        cumulative[p.length - 1] = Double.POSITIVE_INFINITY;
    }

    /** With the default batches, batch length and warm-up. */
    public SimulatedCost simulate(DualSourcingPolicy policy, long seed) {
        return simulate(policy, seed, BATCHES, PERIODS_PER_BATCH, WARM_UP);
    }

    /** @throws IllegalArgumentException if fewer than 2 batches or an empty batch */
    public SimulatedCost simulate(DualSourcingPolicy policy, long seed, int batches, int periodsPerBatch,
            int warmUp) {
        if (batches < 2 || periodsPerBatch < 1 || warmUp < 0) {
            throw new IllegalArgumentException("simulation needs at least 2 batches of at least 1 period");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int length = instance.pipelineLength();
        int[] pipeline = new int[length];
        int x = policy.startNetInventory();
        double[] means = new double[batches];
        for (int t = 0; t < warmUp + batches * periodsPerBatch; t++) {
            int qe = policy.expeditedOrder(x, pipeline);
            int qr = policy.regularOrder(x, pipeline, qe);
            int end = x + qe - demand(random);
            double cost = instance.expeditedPremium() * qe
                    + (end >= 0 ? instance.holdingCost() * end : -instance.backorderCost() * end);
            if (length == 0) {
                x = end + qr;
            } else {
                x = end + pipeline[0];
                System.arraycopy(pipeline, 1, pipeline, 0, length - 1);
                pipeline[length - 1] = qr;
            }
            if (t >= warmUp) {
                means[(t - warmUp) / periodsPerBatch] += cost / periodsPerBatch;
            }
        }
        double mean = 0;
        for (double m : means) {
            mean += m / batches;
        }
        double variance = 0;
        for (double m : means) {
            variance += (m - mean) * (m - mean) / (batches - 1);
        }
        double halfWidth = StudentT.quantile975(batches - 1) * Math.sqrt(variance / batches);
        return new SimulatedCost(mean, halfWidth, batches, periodsPerBatch, warmUp, seed);
    }

    private int demand(SplittableRandom random) {
        double u = random.nextDouble();
        int k = 0;
        while (u >= cumulative[k]) {
            k++;
        }
        return instance.demand().min() + k;
    }
}
