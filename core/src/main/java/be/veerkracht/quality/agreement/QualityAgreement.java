package be.veerkracht.quality.agreement;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the quality agreement of a part: the single baseline every supplier of the part is bound to.
 *
 * @param part            the part
 * @param version         1 for the first agreement, then 2, 3, ...
 * @param primarySupplier the supplier whose output is the norm in cross-validation; null when none is named
 * @param characteristics at least one, names unique, in the order agreed
 * @param change          who made this version, when and why
 */
public record QualityAgreement(PartId part, int version, SupplierId primarySupplier,
                               List<Characteristic> characteristics, AgreementChange change) {

    public QualityAgreement {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(change, "change");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, got " + version);
        }
        characteristics = checked(part, characteristics);
    }

    /** A copy of the characteristics, checked: at least one, names unique. */
    static List<Characteristic> checked(PartId part, List<Characteristic> characteristics) {
        List<Characteristic> copy = List.copyOf(characteristics);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("agreement of part " + part + " has no characteristics");
        }
        Set<String> names = new HashSet<>();
        for (Characteristic characteristic : copy) {
            if (!names.add(characteristic.name())) {
                throw new IllegalArgumentException("agreement of part " + part + " names characteristic "
                        + characteristic.name() + " twice");
            }
        }
        return copy;
    }

    /** The primary supplier, if named. */
    public Optional<SupplierId> primary() {
        return Optional.ofNullable(primarySupplier);
    }

    /** The characteristic of that name, if the agreement has it. */
    public Optional<Characteristic> characteristic(String name) {
        return characteristics.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** True when the two versions bind the same (primary supplier and characteristics), whoever made them. */
    public boolean sameTermsAs(QualityAgreement other) {
        return part.equals(other.part) && Objects.equals(primarySupplier, other.primarySupplier)
                && characteristics.equals(other.characteristics);
    }
}
