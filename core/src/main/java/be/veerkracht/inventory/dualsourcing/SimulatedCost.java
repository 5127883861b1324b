package be.veerkracht.inventory.dualsourcing;

/**
 * A policy's average cost estimated by simulation, with a 95 % confidence interval by batch means.
 *
 * @param averageCost the mean cost per period over all batches
 * @param halfWidth the half-width of the 95 % interval: t(0.975, batches − 1)·s / √batches
 * @param batches number of batches
 * @param periodsPerBatch periods per batch
 * @param warmUpPeriods periods simulated first and not counted
 * @param seed the seed of the demand stream
 */
public record SimulatedCost(double averageCost, double halfWidth, int batches, int periodsPerBatch,
        int warmUpPeriods, long seed) {

    public double lower() {
        return averageCost - halfWidth;
    }

    public double upper() {
        return averageCost + halfWidth;
    }
}
