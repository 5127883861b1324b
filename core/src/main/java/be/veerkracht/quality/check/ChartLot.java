package be.veerkracht.quality.check;

import be.veerkracht.quality.measurement.Measurement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One point of a supplier's chart: a lot (the subgroup) with the values of the charted source, in time order.
 *
 * @param lot       the supplier's lot number
 * @param timestamp the earliest timestamp of the lot's charted values
 * @param values    the charted values of the lot, at least one
 */
public record ChartLot(String lot, Instant timestamp, List<Measurement> values) {

    public ChartLot {
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(timestamp, "timestamp");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("lot " + lot + " has no values");
        }
    }

    /** The values as numbers. */
    public List<Double> numbers() {
        return values.stream().map(Measurement::value).toList();
    }
}
