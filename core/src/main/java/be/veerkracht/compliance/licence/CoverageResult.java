package be.veerkracht.compliance.licence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Whether a shipment is covered, by which licence, and what is left of it afterwards; or, when none covers it, why
 * each licence held does not.
 *
 * @param licence           the covering licence; null when none covers
 * @param quantityLeft      units the licence allows after this shipment; null when it has no quantity limit
 * @param valueLeftEur      value the licence allows after this shipment, EUR; null when it has no value limit
 * @param refusals          per licence not used: its number and why (English, for the record)
 */
public record CoverageResult(Licence licence, BigDecimal quantityLeft, BigDecimal valueLeftEur,
                             List<Refusal> refusals) {

    public CoverageResult {
        refusals = List.copyOf(refusals);
    }

    public boolean covered() {
        return licence != null;
    }

    /** Why one licence does not cover the shipment. */
    public record Refusal(String licenceNumber, Reason reason) {
        public Refusal {
            Objects.requireNonNull(licenceNumber, "licenceNumber");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The first condition a licence failed, in the order they are checked. */
    public enum Reason {
        WRONG_KIND,
        NOT_VALID_ON_DATE,
        ITEM_NOT_COVERED,
        DESTINATION_NOT_COVERED,
        QUANTITY_EXHAUSTED,
        VALUE_EXHAUSTED
    }
}
