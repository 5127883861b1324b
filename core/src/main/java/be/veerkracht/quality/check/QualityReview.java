package be.veerkracht.quality.check;

import be.veerkracht.action.Action.Text;
import be.veerkracht.portfolio.PartId;
import java.util.List;
import java.util.Optional;

/**
 * The portfolio-wide quality review: every part with an agreement (by part ID) and every alert, newest first.
 *
 * @param explanation the summary and the settings used (baseline, rules, α, capability threshold)
 */
public record QualityReview(List<PartReview> parts, List<QualityAlert> alerts, List<Text> explanation) {

    public QualityReview {
        parts = List.copyOf(parts);
        alerts = List.copyOf(alerts);
        explanation = List.copyOf(explanation);
    }

    /** The review of one part, if it has an agreement. */
    public Optional<PartReview> part(PartId part) {
        return parts.stream().filter(p -> p.agreement().part().equals(part)).findFirst();
    }

    /** The alerts of one part, newest first. */
    public List<QualityAlert> alerts(PartId part) {
        return alerts.stream().filter(a -> a.part().equals(part)).toList();
    }
}
