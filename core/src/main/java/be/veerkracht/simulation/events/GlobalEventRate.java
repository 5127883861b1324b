package be.veerkracht.simulation.events;

import java.util.Objects;

/**
 * An event that touches every source at once without stopping production: while it lasts, every shipment takes
 * {@code delayDays} longer (a worldwide container and port crisis as in 2021).
 */
public record GlobalEventRate(String event, double annualRate, DurationDistribution duration, double delayDays,
                              String source) implements EventRate {

    public GlobalEventRate {
        Objects.requireNonNull(event, "event");
        EventRate.checkedRate(annualRate, event);
        Objects.requireNonNull(duration, "duration");
        if (!(delayDays > 0 && delayDays < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("global event " + event + " must add a finite number of days > 0, got "
                    + delayDays);
        }
        source = source == null ? "" : source;
    }
}
