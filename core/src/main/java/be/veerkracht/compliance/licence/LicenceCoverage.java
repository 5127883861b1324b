package be.veerkracht.compliance.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the licence a shipment may go under. A UGEA requirement is met by a registration for that UGEA, or by an
 * individual or global licence covering the item and destination (a licence is always enough where a general
 * authorisation would be); an individual-or-global requirement only by an individual or global licence.
 * Conditions, in order: kind, valid on the shipping date, item (Annex I entry prefix or item id), destination,
 * then what is left of its quantity and value limits after the uses recorded so far. Among licences that cover, the
 * one expiring first is chosen (use what lapses soonest), ties by number, so the answer is deterministic.
 * O(licences × uses).
 */
public final class LicenceCoverage {

    private final List<Licence> licences;
    private final List<LicenceUse> uses;

    public LicenceCoverage(List<Licence> licences, List<LicenceUse> uses) {
        this.licences = List.copyOf(licences);
        this.uses = List.copyOf(uses);
    }

    /**
     * @param itemRef     {@code part:ID} or {@code product:ID}
     * @param code        the item's Annex I code; null when not listed
     * @param destination ISO 3166-1 alpha-2
     */
    public CoverageResult find(Requirement requirement, String itemRef, String code, String destination,
                               LocalDate shippingDate, BigDecimal quantity, BigDecimal valueEur) {
        Objects.requireNonNull(requirement, "requirement");
        List<Licence> candidates = licences.stream()
                .sorted(Comparator.comparing((Licence l) -> l.validUntil() == null ? LocalDate.MAX : l.validUntil())
                        .thenComparing(Licence::number))
                .toList();
        List<CoverageResult.Refusal> refusals = new ArrayList<>();
        for (Licence licence : candidates) {
            CoverageResult.Reason reason = refusal(licence, requirement, itemRef, code, destination, shippingDate);
            BigDecimal quantityLeft = null;
            BigDecimal valueLeft = null;
            if (reason == null && licence.quantityLimit() != null) {
                quantityLeft = licence.quantityLimit().subtract(used(licence, LicenceUse::quantity)).subtract(quantity);
                reason = quantityLeft.signum() < 0 ? CoverageResult.Reason.QUANTITY_EXHAUSTED : null;
            }
            if (reason == null && licence.valueLimitEur() != null) {
                valueLeft = licence.valueLimitEur().subtract(used(licence, LicenceUse::valueEur)).subtract(valueEur);
                reason = valueLeft.signum() < 0 ? CoverageResult.Reason.VALUE_EXHAUSTED : null;
            }
            if (reason == null) {
                return new CoverageResult(licence, quantityLeft, valueLeft, refusals);
            }
            refusals.add(new CoverageResult.Refusal(licence.number(), reason));
        }
        return new CoverageResult(null, null, null, refusals);
    }

    private static CoverageResult.Reason refusal(Licence licence, Requirement requirement, String itemRef,
                                                 String code, String destination, LocalDate day) {
        boolean kindFits = licence.kind() != LicenceKind.UGEA_REGISTRATION
                || requirement instanceof Requirement.Ugea ugea && ugea.authorisation().equals(licence.authorisation());
        if (!kindFits) {
            return CoverageResult.Reason.WRONG_KIND;
        }
        if (!licence.validOn(day)) {
            return CoverageResult.Reason.NOT_VALID_ON_DATE;
        }
        if (!licence.coversItem(itemRef, code)) {
            return CoverageResult.Reason.ITEM_NOT_COVERED;
        }
        if (!licence.coversDestination(destination)) {
            return CoverageResult.Reason.DESTINATION_NOT_COVERED;
        }
        return null;
    }

    private BigDecimal used(Licence licence, java.util.function.Function<LicenceUse, BigDecimal> amount) {
        return uses.stream().filter(use -> use.licenceNumber().equals(licence.number())).map(amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
