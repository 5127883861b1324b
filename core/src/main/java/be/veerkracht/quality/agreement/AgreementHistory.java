package be.veerkracht.quality.agreement;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every version of one part's quality agreement, oldest first: versions 1, 2, ..., n with no gap. A new version is
 * appended by {@link #next}; an old version is never changed or dropped.
 */
public record AgreementHistory(PartId part, List<QualityAgreement> versions) {

    public AgreementHistory {
        Objects.requireNonNull(part, "part");
        versions = List.copyOf(versions);
        for (int i = 0; i < versions.size(); i++) {
            QualityAgreement version = versions.get(i);
            if (!version.part().equals(part)) {
                throw new IllegalArgumentException("version " + version.version() + " is of part " + version.part()
                        + ", not " + part);
            }
            if (version.version() != i + 1) {
                throw new IllegalArgumentException("versions of part " + part + " must be 1.." + versions.size()
                        + " in order, found " + version.version() + " at position " + (i + 1));
            }
        }
    }

    /** A part without an agreement yet. */
    public static AgreementHistory empty(PartId part) {
        return new AgreementHistory(part, List.of());
    }

    /** The version in force: the newest; empty when the part has no agreement. */
    public Optional<QualityAgreement> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The version numbered {@code version}, if any. */
    public Optional<QualityAgreement> version(int version) {
        return version >= 1 && version <= versions.size() ? Optional.of(versions.get(version - 1)) : Optional.empty();
    }

    /** The history with a new version appended, numbered one above the newest. */
    public AgreementHistory next(SupplierId primarySupplier, List<Characteristic> characteristics,
                                 AgreementChange change) {
        List<QualityAgreement> more = new ArrayList<>(versions);
        more.add(new QualityAgreement(part, versions.size() + 1, primarySupplier, characteristics, change));
        return new AgreementHistory(part, more);
    }
}
