package be.veerkracht.quality.check;

import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.equivalence.CrossValidation;
import java.util.Objects;

/** The cross-validation of one secondary supplier against the agreement's primary on one characteristic. */
public record SecondaryValidation(SupplierId primary, SupplierId secondary, CrossValidation validation) {

    public SecondaryValidation {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
        Objects.requireNonNull(validation, "validation");
    }
}
