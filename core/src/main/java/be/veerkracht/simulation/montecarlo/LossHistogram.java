package be.veerkracht.simulation.montecarlo;

/**
 * Scenario losses in equal-width bins from 0 to the largest loss, for the loss-distribution chart.
 *
 * @param binWidthEur width of each bin, EUR (0 when every scenario lost nothing)
 * @param counts      scenarios per bin; bin k holds losses in [k·w, (k+1)·w), the last also the maximum
 */
public record LossHistogram(double binWidthEur, int[] counts) {

    public LossHistogram {
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public static LossHistogram of(double[] losses, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        double max = 0;
        for (double loss : losses) {
            max = Math.max(max, loss);
        }
        int[] counts = new int[bins];
        if (max == 0) {
            counts[0] = losses.length;
            return new LossHistogram(0, counts);
        }
        double width = max / bins;
        for (double loss : losses) {
            counts[Math.min(bins - 1, (int) (Math.max(0, loss) / width))]++;
        }
        return new LossHistogram(width, counts);
    }
}
