package be.veerkracht.inventory.dualsourcing;

/** Discrete uniform demand on the integers {@code low..high}: P(D = d) = 1 / (high − low + 1). */
public final class UniformDemand implements DemandDistribution {

    /** The widest support accepted, so that the dynamic programme stays bounded. */
    public static final int MAX_SUPPORT = 10_000;

    private final int low;
    private final int high;

    /** @throws IllegalArgumentException if {@code low < 0}, {@code high < low} or the support is too wide */
    public UniformDemand(int low, int high) {
        if (low < 0 || high < low || (long) high - low + 1 > MAX_SUPPORT) {
            throw new IllegalArgumentException("demand uniform:" + low + ":" + high
                    + ": needs 0 <= A <= B and at most " + MAX_SUPPORT + " values");
        }
        this.low = low;
        this.high = high;
    }

    @Override
    public int min() {
        return low;
    }

    @Override
    public int max() {
        return high;
    }

    @Override
    public double probability(int d) {
        return d < low || d > high ? 0 : 1.0 / (high - low + 1);
    }

    @Override
    public String text() {
        return "uniform:" + low + ":" + high;
    }

    @Override
    public String toString() {
        return text();
    }
}
