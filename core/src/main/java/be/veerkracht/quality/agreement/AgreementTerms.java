package be.veerkracht.quality.agreement;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import java.util.List;
import java.util.Objects;

/**
 * What a quality agreement binds, without its version and change: the terms read from a file or typed in, which
 * become a new version only when they differ from the version in force.
 *
 * @param part            the part
 * @param primarySupplier the norm in cross-validation, null when none is named
 * @param characteristics at least one, names unique
 */
public record AgreementTerms(PartId part, SupplierId primarySupplier, List<Characteristic> characteristics) {

    public AgreementTerms {
        Objects.requireNonNull(part, "part");
        characteristics = QualityAgreement.checked(part, characteristics);
    }

    /** These terms as version {@code version}, made by {@code change}. */
    public QualityAgreement asVersion(int version, AgreementChange change) {
        return new QualityAgreement(part, version, primarySupplier, characteristics, change);
    }

    /** The terms of a version. */
    public static AgreementTerms of(QualityAgreement agreement) {
        return new AgreementTerms(agreement.part(), agreement.primarySupplier(), agreement.characteristics());
    }
}
