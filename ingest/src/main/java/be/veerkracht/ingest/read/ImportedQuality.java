package be.veerkracht.ingest.read;

import be.veerkracht.quality.agreement.AgreementTerms;
import be.veerkracht.quality.measurement.Measurement;
import java.util.List;
import java.util.Objects;

/**
 * Quality data read from one file: agreement terms per part and measurements, with where they came from.
 *
 * @param source        the file name the user gave
 * @param format        {@code xlsx}, {@code csv (,)} or {@code csv (;)}
 * @param contentSha256 SHA-256 (hex) of the file's bytes
 * @param agreements    the terms of each part's agreement, in the order the parts first appear
 * @param measurements  the measurements in file order
 */
public record ImportedQuality(String source, String format, String contentSha256, List<ImportedAgreement> agreements,
                              List<Measurement> measurements) {

    public ImportedQuality {
        Objects.requireNonNull(source, "source");
        agreements = List.copyOf(agreements);
        measurements = List.copyOf(measurements);
    }

    /**
     * One part's agreement terms as the file gives them.
     *
     * @param terms  the terms
     * @param reason the {@code reason} column, null when empty
     */
    public record ImportedAgreement(AgreementTerms terms, String reason) {

        public ImportedAgreement {
            Objects.requireNonNull(terms, "terms");
        }
    }
}
