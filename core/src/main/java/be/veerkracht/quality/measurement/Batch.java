package be.veerkracht.quality.measurement;

import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.Texts;
import java.util.List;
import java.util.Objects;

/**
 * What one supplier sends at once: a batch of measurements under the supplier's own batch ID, e.g. the
 * certificate of analysis of a delivery. A batch ID is unique per supplier; posting the same batch again is
 * recognised by it.
 *
 * @param batchId      the supplier's ID of the batch, at most 64 characters
 * @param supplier     the supplier; every measurement is of this supplier
 * @param measurements at least one
 */
public record Batch(String batchId, SupplierId supplier, List<Measurement> measurements) {

    public Batch {
        batchId = Texts.key(batchId, "batch_id");
        Objects.requireNonNull(supplier, "supplier_id");
        measurements = List.copyOf(measurements);
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("batch " + batchId + " has no measurements");
        }
        for (Measurement measurement : measurements) {
            if (!measurement.supplier().equals(supplier)) {
                throw new IllegalArgumentException("batch " + batchId + " of supplier " + supplier
                        + " holds a measurement of supplier " + measurement.supplier());
            }
        }
    }
}
