package be.veerkracht.tooling;

import java.util.Arrays;

/**
 * How a yearly downtime loss spreads over simulated years: mean and the 5th, 50th and 95th percentiles (the
 * ⌈p·N⌉-th smallest of N years), EUR.
 */
public record LossSpread(double meanEur, double p05Eur, double p50Eur, double p95Eur) {

    static LossSpread of(int[] days, double costPerDay) {
        double[] losses = new double[days.length];
        double sum = 0;
        for (int s = 0; s < days.length; s++) {
            losses[s] = days[s] * costPerDay;
            sum += losses[s];
        }
        Arrays.sort(losses);
        return new LossSpread(sum / days.length, quantile(losses, 0.05), quantile(losses, 0.50),
                quantile(losses, 0.95));
    }

    private static double quantile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
