package be.veerkracht.store.quality;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.quality.agreement.AgreementChange;
import be.veerkracht.quality.agreement.AgreementHistory;
import be.veerkracht.quality.agreement.AgreementTerms;
import be.veerkracht.quality.agreement.QualityAgreement;
import be.veerkracht.quality.check.QualityCheck;
import be.veerkracht.quality.check.QualityReview;
import be.veerkracht.quality.measurement.Measurement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A file's measurements reviewed without storing anything: against the agreements the file itself holds (taken as
     * a first version, "as read from the file") and, for parts it holds none of, the stored agreement in force; only
     * {@code part} when given. Nothing is written.
     */
    public static QualityReview reviewFile(QualityRecords records, List<AgreementTerms> fileAgreements,
                                           List<Measurement> fileMeasurements, String source, Instant readAt,
                                           Optional<PartId> part) {
        Map<PartId, QualityAgreement> agreements = new LinkedHashMap<>();
        AgreementChange read = new AgreementChange("file " + source, readAt, "as read from " + source
                + ", not stored");
        for (AgreementTerms terms : fileAgreements) {
            agreements.put(terms.part(), terms.asVersion(1, read));
        }
        for (Measurement measurement : fileMeasurements) {
            if (!agreements.containsKey(measurement.part())) {
                records.agreements().current(measurement.part()).ifPresent(a -> agreements.put(a.part(), a));
            }
        }
        List<QualityAgreement> chosen = agreements.values().stream()
                .filter(a -> part.isEmpty() || a.part().equals(part.get())).toList();
        List<Measurement> measurements = fileMeasurements.stream()
                .filter(m -> part.isEmpty() || m.part().equals(part.get())).toList();
        return new QualityCheck(chosen, measurements).review();
    }
}
