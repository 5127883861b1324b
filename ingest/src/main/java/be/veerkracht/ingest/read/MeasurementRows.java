package be.veerkracht.ingest.read;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.measurement.Source;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code measurements} sheet: one row per measured value. */
final class MeasurementRows {

    private final ZoneId zone;
    private final List<Measurement> measurements = new ArrayList<>();

    /** @param zone the zone of timestamps written without offset */
    MeasurementRows(ZoneId zone) {
        this.zone = zone;
    }

    void read(RowFields fields) {
        String part = fields.requiredText("part_id");
        String characteristic = fields.requiredText("characteristic");
        String supplier = fields.requiredText("supplier_id");
        String lot = fields.requiredText("lot");
        Instant timestamp = timestamp(fields);
        Double value = fields.number("value", RowFields.Bound.ANY, true);
        Source source = fields.oneOf("source", Source.class);
        if (source == null && fields.text("source") == null) {
            fields.problem("source", ProblemKey.REQUIRED);
        }
        if (!fields.clean()) {
            return;
        }
        if (!CharacteristicRows.key(fields, "part_id", part)
                || !CharacteristicRows.key(fields, "characteristic", characteristic)
                || !CharacteristicRows.key(fields, "supplier_id", supplier)
                || !CharacteristicRows.key(fields, "lot", lot)) {
            return;
        }
        measurements.add(new Measurement(new PartId(part), characteristic, new SupplierId(supplier), lot, timestamp,
                value, source));
    }

    List<Measurement> measurements() {
        return List.copyOf(measurements);
    }

    private Instant timestamp(RowFields fields) {
        String text = fields.requiredText("timestamp");
        if (text == null) {
            return null;
        }
        Optional<Instant> instant = Timestamps.parse(text, zone);
        if (instant.isEmpty()) {
            fields.problem("timestamp", ProblemKey.NOT_A_TIMESTAMP, text);
        }
        return instant.orElse(null);
    }
}
