package be.veerkracht.portfolio;

import be.veerkracht.geo.CountryCode;
import java.util.Map;
import java.util.Objects;

/**
 * A customer we ship our products to: where it is and what it says it uses them for, the two facts export
 * control asks first.
 *
 * @param country    ISO alpha-2 of the customer (the destination of what we ship)
 * @param endUse     the stated end use, free text (e.g. "dairy packaging line"); null when none given
 * @param attributes columns of the import this model does not use, kept as text
 */
public record Customer(CustomerId id, String name, CountryCode country, String endUse,
                       Map<String, String> attributes) {

    public Customer {
        Objects.requireNonNull(id, "id");
        name = Checks.blankToNull(name);
        if (name == null) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(country, "country");
        endUse = Checks.blankToNull(endUse);
        attributes = Attributes.normalised(attributes);
    }

    /** A customer with only the required fields. */
    public static Customer of(String id, String name, String country) {
        return new Customer(new CustomerId(id), name, CountryCode.parse(country), null, Map.of());
    }
}
