package be.veerkracht.store.quality;

import be.veerkracht.quality.agreement.AgreementTerms;
import be.veerkracht.quality.measurement.Measurement;
import java.util.List;
import java.util.Objects;

/**
 * A quality-data file as read (by ingest's {@code QualityFileReader}), to store in one transaction.
 *
 * @param source        the file name the user gave
 * @param contentSha256 SHA-256 (hex) of its bytes: the same file twice stores its measurements once
 * @param agreements    agreement terms per part, each with the reason for a new version (null: "imported from
 *                      FILE")
 * @param measurements  measurements in file order
 */
public record QualityFileImport(String source, String contentSha256, List<Agreement> agreements,
                                List<Measurement> measurements) {

    public QualityFileImport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentSha256, "contentSha256");
        agreements = List.copyOf(agreements);
        measurements = List.copyOf(measurements);
    }

    /** One part's terms and the reason a new version would give. */
    public record Agreement(AgreementTerms terms, String reason) {

        public Agreement {
            Objects.requireNonNull(terms, "terms");
        }
    }

    /** What storing it did. */
    public record Result(List<AgreementStore.Recorded> agreements, int measurementsStored, boolean alreadyImported) {

        public Result {
            agreements = List.copyOf(agreements);
        }

        /** New agreement versions made. */
        public long newVersions() {
            return agreements.stream().filter(AgreementStore.Recorded::created).count();
        }
    }
}
