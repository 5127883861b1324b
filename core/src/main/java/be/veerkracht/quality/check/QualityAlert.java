package be.veerkracht.quality.check;

import be.veerkracht.action.Action.Text;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.measurement.Measurement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A finding of the review a quality engineer should look at.
 *
 * @param at           when it happened: the timestamp of the lot or value that raised it, or of the supplier's
 *                     newest value for verdicts over all data (equivalence, capability, lab)
 * @param reason       the alert's summary first, then the statistic's own reason (the run rule, the verdict)
 * @param lots         the lots involved (for a run rule: every lot of the pattern), empty for verdicts over all lots
 * @param measurements the values involved (for a run rule: the values of the lot that completed the pattern)
 */
public record QualityAlert(AlertKind kind, PartId part, String characteristic, SupplierId supplier, Instant at,
                           List<Text> reason, List<String> lots, List<Measurement> measurements) {

    public QualityAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(characteristic, "characteristic");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(at, "at");
        reason = List.copyOf(reason);
        lots = List.copyOf(lots);
        measurements = List.copyOf(measurements);
    }
}
