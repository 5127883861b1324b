package be.veerkracht.portfolio;

import be.veerkracht.geo.CountryCode;
import java.util.Map;
import java.util.Objects;

/**
 * A supplier's legal entity.
 *
 * @param country              ISO alpha-2 of the legal entity (where a site produces is on the sourcing link)
 * @param parentGroup          the group it belongs to: suppliers in one group do not fail independently; null if none
 * @param capacityUnitsPerYear a capacity shared by all its parts, where their units are comparable, units per
 *                             year; null when not given
 * @param attributes           columns of the import this model does not use, kept as text
 */
public record Supplier(
        SupplierId id,
        String name,
        CountryCode country,
        String city,
        String parentGroup,
        Double capacityUnitsPerYear,
        Map<String, String> attributes) {

    public Supplier {
        Objects.requireNonNull(id, "id");
        name = Checks.blankToNull(name);
        if (name == null) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(country, "country");
        city = Checks.blankToNull(city);
        parentGroup = Checks.blankToNull(parentGroup);
        Checks.nonNegativeOrNull(capacityUnitsPerYear, "capacity_units_per_year");
        attributes = Attributes.normalised(attributes);
    }

    /** A supplier with only the required fields. */
    public static Supplier of(String id, String name, String country) {
        return new Supplier(new SupplierId(id), name, CountryCode.parse(country), null, null, null, Map.of());
    }
}
