package be.veerkracht.simulation.events;

/**
 * A country's political stability in three bands, from its World Bank WGI "Political Stability and Absence of
 * Violence" percentile rank (the reference data's {@code wgi_pv_percentile_2023}): the lower third is {@code LOW}
 * (below 33⅓), the middle {@code MEDIUM}, the upper third {@code HIGH} (66⅔ and above). Thirds, not finer, because
 * the rates they select are rough estimates themselves. {@code UNKNOWN} when the country has no percentile.
 */
public enum StabilityBand {
    LOW, MEDIUM, HIGH, UNKNOWN;

    private static final double LOWER_THIRD = 100.0 / 3;
    private static final double UPPER_THIRD = 200.0 / 3;

    public static StabilityBand of(Double percentile) {
        if (percentile == null) {
            return UNKNOWN;
        }
        if (percentile < LOWER_THIRD) {
            return LOW;
        }
        return percentile < UPPER_THIRD ? MEDIUM : HIGH;
    }
}
