package be.veerkracht.simulation.events;

/**
 * One line of the {@link EventCatalogue}: how often an event happens and how long it lasts. A closed set, because
 * each scope needs its own rule for which sources it hits.
 */
public sealed interface EventRate permits SupplierEventRate, FootprintEventRate, GlobalEventRate {

    /** The event's code, e.g. {@code FIRE}, {@code TAIWAN_STRAIT}, {@code GLOBAL_LOGISTICS}. */
    String event();

    /** Expected occurrences per year (per supplier site for supplier events), &ge; 0. */
    double annualRate();

    DurationDistribution duration();

    /** Where the rate and duration come from, or the reasoning behind them. */
    String source();

    static double checkedRate(double annualRate, String event) {
        if (!(annualRate >= 0 && annualRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("annual rate of " + event + " must be a finite number >= 0, got "
                    + annualRate);
        }
        return annualRate;
    }
}
