package be.veerkracht.screening;

import java.util.Objects;

/**
 * A document or registration number of a list entry (passport, national ID, company registration, IMO number...).
 *
 * @param type    the kind as the list names it, e.g. {@code passport}, {@code regnumber}, {@code IMO}
 * @param value   the number as written
 * @param country ISO 3166-1 alpha-2 issuing country; null when none
 */
public record Identifier(String type, String value, String country) {

    public Identifier {
        Objects.requireNonNull(value, "value");
        type = type == null || type.isBlank() ? "other" : type.strip();
        value = value.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
