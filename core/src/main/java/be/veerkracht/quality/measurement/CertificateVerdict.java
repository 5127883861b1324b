package be.veerkracht.quality.measurement;

import be.veerkracht.portfolio.PartId;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a certificate of analysis against a part's quality agreement.
 *
 * @param part             the part
 * @param agreementVersion the agreement version checked against; 0 when the part has no agreement
 * @param findings         every reason the certificate falls short, empty when it meets the agreement
 */
public record CertificateVerdict(PartId part, int agreementVersion, List<CertificateFinding> findings) {

    public CertificateVerdict {
        Objects.requireNonNull(part, "part");
        findings = List.copyOf(findings);
        if (agreementVersion < 0) {
            throw new IllegalArgumentException("agreement version must be >= 0");
        }
    }

    /** True when the certificate meets the agreement. */
    public boolean conforms() {
        return findings.isEmpty();
    }
}
