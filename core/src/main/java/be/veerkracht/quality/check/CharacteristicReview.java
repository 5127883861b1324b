package be.veerkracht.quality.check;

import be.veerkracht.action.Action.Text;
import be.veerkracht.quality.agreement.Characteristic;
import java.util.List;
import java.util.Objects;

/**
 * One characteristic of an agreement: every supplier with values (the primary first, then by ID) and the
 * cross-validation of each secondary against the primary.
 */
public record CharacteristicReview(Characteristic characteristic, List<SupplierReview> suppliers,
                                   List<SecondaryValidation> crossValidations, List<Text> explanation) {

    public CharacteristicReview {
        Objects.requireNonNull(characteristic, "characteristic");
        suppliers = List.copyOf(suppliers);
        crossValidations = List.copyOf(crossValidations);
        explanation = List.copyOf(explanation);
    }
}
