package be.veerkracht.compliance.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One shipment made under a licence: what the licence's limits and its reporting count.
 *
 * @param shipment    the company's reference of the shipment (delivery note, export declaration MRN)
 * @param itemRef     {@code part:ID} or {@code product:ID}
 * @param destination ISO 3166-1 alpha-2
 * @param quantity    units shipped, &gt; 0
 * @param valueEur    value shipped, EUR, &ge; 0
 */
public record LicenceUse(String licenceNumber, String shipment, String itemRef, String destination,
                         BigDecimal quantity, BigDecimal valueEur, LocalDate shippedOn) {

    public LicenceUse {
        Objects.requireNonNull(licenceNumber, "licenceNumber");
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(itemRef, "itemRef");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(shippedOn, "shippedOn");
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("shipment " + shipment + ": quantity must be above 0");
        }
        if (valueEur == null || valueEur.signum() < 0) {
            throw new IllegalArgumentException("shipment " + shipment + ": value must be at least 0 EUR");
        }
    }
}
