package be.veerkracht.store.screening;

import java.util.Objects;

/**
 * Someone screened: a supplier or customer of the portfolio, or a name typed in.
 *
 * @param ref     {@code supplier:ID}, {@code customer:ID} or {@code name:TEXT}: what review decisions are kept under
 * @param country ISO 3166-1 alpha-2, or null when unknown
 */
public record Counterparty(String ref, String name, String country) {

    public Counterparty {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
