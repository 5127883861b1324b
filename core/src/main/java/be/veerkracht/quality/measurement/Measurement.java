package be.veerkracht.quality.measurement;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.Texts;
import java.time.Instant;
import java.util.Objects;

/**
 * One measured value of one characteristic of a part from one supplier's lot. Keyed by part and supplier ID, so it
 * survives portfolio re-imports.
 *
 * @param part           the part
 * @param characteristic the characteristic's name as in the part's agreement
 * @param supplier       the supplier that made the lot
 * @param lot            the supplier's lot or batch number
 * @param timestamp      when it was measured, UTC
 * @param value          the value, finite, in the characteristic's unit
 * @param source         who measured it
 */
public record Measurement(PartId part, String characteristic, SupplierId supplier, String lot, Instant timestamp,
                          double value, Source source) {

    public Measurement {
        Objects.requireNonNull(part, "part_id");
        characteristic = Texts.key(characteristic, "characteristic");
        Objects.requireNonNull(supplier, "supplier_id");
        lot = Texts.key(lot, "lot");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a finite number, got " + value);
        }
    }
}
