package be.veerkracht.quality.equivalence;

import java.util.Objects;

/** One lot measured twice: the value on the supplier's certificate and our own incoming measurement. */
public record PairedMeasurement(String lot, double certificate, double ours) {

    public PairedMeasurement {
        Objects.requireNonNull(lot, "lot");
        if (!Double.isFinite(certificate) || !Double.isFinite(ours)) {
            throw new IllegalArgumentException("lot " + lot + ": both values must be numbers, got " + certificate
                    + " and " + ours);
        }
    }

    /** certificate − ours. */
    public double difference() {
        return certificate - ours;
    }
}
