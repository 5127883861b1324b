package be.veerkracht.screening.match;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What is screened: a counterparty's name and, when known, what else can confirm or refute a hit.
 *
 * @param name        the name as the user or the portfolio writes it, any script
 * @param country     ISO 3166-1 alpha-2 of the counterparty (registration, address or nationality); null if unknown
 * @param birthDate   {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd} for a person; null if unknown
 * @param identifiers registration, VAT, passport or IMO numbers as written; empty if none
 */
public record ScreeningQuery(String name, String country, String birthDate, List<String> identifiers) {

    public ScreeningQuery {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a screened name must not be blank");
        }
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2: " + country);
        }
        birthDate = birthDate == null || birthDate.isBlank() ? null : birthDate.strip();
        if (birthDate != null && !birthDate.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("birthDate must be yyyy, yyyy-mm or yyyy-mm-dd: " + birthDate);
        }
        identifiers = List.copyOf(identifiers);
    }

    /** A query by name alone. */
    public static ScreeningQuery ofName(String name) {
        return new ScreeningQuery(name, null, null, List.of());
    }

    /** A query by name and country. */
    public static ScreeningQuery of(String name, String country) {
        return new ScreeningQuery(name, country, null, List.of());
    }
}
