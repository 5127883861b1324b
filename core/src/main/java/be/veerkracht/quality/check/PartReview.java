package be.veerkracht.quality.check;

import be.veerkracht.quality.agreement.QualityAgreement;
import java.util.List;
import java.util.Objects;

/** One part with its current agreement and the review of every characteristic, in the agreement's order. */
public record PartReview(QualityAgreement agreement, List<CharacteristicReview> characteristics) {

    public PartReview {
        Objects.requireNonNull(agreement, "agreement");
        characteristics = List.copyOf(characteristics);
    }
}
