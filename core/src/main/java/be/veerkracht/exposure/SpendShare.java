package be.veerkracht.exposure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Annual spend in one zone or country (by where the goods are produced).
 *
 * @param key            the zone code or the ISO alpha-2 country code
 * @param annualSpendEur EUR per year, to the cent
 * @param spendShare     fraction 0..1 of the portfolio's annual spend
 */
public record SpendShare(String key, BigDecimal annualSpendEur, double spendShare) {

    public SpendShare {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(annualSpendEur, "annualSpendEur");
    }
}
