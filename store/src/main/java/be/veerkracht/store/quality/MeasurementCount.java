package be.veerkracht.store.quality;

import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.measurement.Source;
import java.time.Instant;

/**
 * How many measurements of one characteristic of a part a supplier has, from one source, and over which time.
 *
 * @param first the earliest timestamp
 * @param last  the latest timestamp
 */
public record MeasurementCount(SupplierId supplier, String characteristic, Source source, long count, Instant first,
                               Instant last) {
}
