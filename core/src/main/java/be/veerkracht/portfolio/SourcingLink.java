package be.veerkracht.portfolio;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TransportMode;
import java.util.Map;
import java.util.Objects;

/**
 * One source of one part: a supplier (and optionally one of its sites) with the share of the part's annual demand
 * planned there. A share of 0 is a candidate source.
 *
 * @param share                fraction 0..1 of the part's annual demand planned with this source
 * @param originCountry        ISO alpha-2 of the producing site: all geography uses it. Null only before a
 *                             {@link Portfolio} resolves it to the supplier's country
 * @param capacityUnitsPerYear the most this source could deliver of this part, units per year; null means no spare
 *                             capacity beyond its planned share
 * @param recoveryDays         days to resume deliveries after a disruption; null when unknown
 * @param rampUpDays           days to flex up to capacity; null when unknown
 * @param paymentTermsDays     days from invoice to payment; null when unknown
 * @param attributes           columns of the import this model does not use, kept as text
 */
public record SourcingLink(
        PartId part,
        SupplierId supplier,
        String site,
        double share,
        Price price,
        LeadTime leadTime,
        CountryCode originCountry,
        TransportMode transportMode,
        String incoterm,
        Double capacityUnitsPerYear,
        Integer recoveryDays,
        Integer rampUpDays,
        Qualification qualification,
        Integer paymentTermsDays,
        Map<String, String> attributes) {

    public SourcingLink {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(supplier, "supplier");
        site = Checks.blankToNull(site);
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be within 0..1, got " + share);
        }
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(leadTime, "leadTime");
        incoterm = Checks.blankToNull(incoterm);
        Checks.nonNegativeOrNull(capacityUnitsPerYear, "capacity_units_per_year");
        Checks.nonNegativeOrNull(recoveryDays, "recovery_days");
        Checks.nonNegativeOrNull(rampUpDays, "ramp_up_days");
        qualification = qualification == null ? Qualification.QUALIFIED : qualification;
        Checks.nonNegativeOrNull(paymentTermsDays, "payment_terms_days");
        attributes = Attributes.normalised(attributes);
    }

    /** A qualified link with only the required fields; origin is the supplier's country. */
    public static SourcingLink of(String part, String supplier, double share, String unitPriceEur,
                                  double leadTimeDays) {
        return new SourcingLink(new PartId(part), new SupplierId(supplier), null, share, Price.perUnit(unitPriceEur),
                LeadTime.of(leadTimeDays), null, null, null, null, null, null, null, null, Map.of());
    }

    /** What identifies a link within a portfolio: a part may come from two sites of one supplier. */
    public Key key() {
        return new Key(part, supplier, site);
    }

    /** The same link with its origin country set. */
    public SourcingLink withOriginCountry(CountryCode country) {
        return new SourcingLink(part, supplier, site, share, price, leadTime, country, transportMode, incoterm,
                capacityUnitsPerYear, recoveryDays, rampUpDays, qualification, paymentTermsDays, attributes);
    }

    /** Part, supplier and site (null when the supplier has one site). */
    public record Key(PartId part, SupplierId supplier, String site) {
    }
}
