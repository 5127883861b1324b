package be.veerkracht.store.quality;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.quality.agreement.AgreementHistory;
import be.veerkracht.quality.agreement.QualityAgreement;
import be.veerkracht.quality.check.QualityCheck;
import be.veerkracht.quality.check.QualityReview;
import be.veerkracht.quality.measurement.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The quality review over the stored agreements (current versions) and measurements: CLI and web read it here. */
public final class QualityReviews {

    private QualityReviews() {
    }

    /** Every part with an agreement, or only {@code part} when given (empty review when it has none). */
    public static QualityReview review(QualityRecords records, Optional<PartId> part) {
        List<QualityAgreement> agreements = part.isPresent()
                ? records.agreements().current(part.get()).map(List::of).orElse(List.of())
                : records.agreements().all().stream().map(AgreementHistory::current).flatMap(Optional::stream)
                        .toList();
        List<Measurement> measurements = new ArrayList<>();
        for (QualityAgreement agreement : agreements) {
            measurements.addAll(records.measurements().measurements(agreement.part()));
        }
        return new QualityCheck(agreements, measurements).review();
    }
}
