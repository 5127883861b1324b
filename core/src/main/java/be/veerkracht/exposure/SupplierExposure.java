package be.veerkracht.exposure;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.Supplier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How much the portfolio depends on one supplier: the parts it actively supplies, those it is the only active
 * source of, and the planned spend placed with it.
 *
 * @param activeParts        parts it is a qualified source of with a share above 0
 * @param soleSourceParts    of those, the parts where it is the only active source
 * @param criticalSoleSource of those, the parts of criticality A
 * @param candidateParts     parts where it is only a candidate (share 0 or not qualified yet)
 * @param annualSpendEur     Σ demand × share × price per unit over its links, EUR per year (exact)
 * @param producingCountries where its links produce, sorted (a supplier may produce outside its own country)
 */
public record SupplierExposure(Supplier supplier, int activeParts, int soleSourceParts, int criticalSoleSource,
                               int candidateParts, BigDecimal annualSpendEur, List<CountryCode> producingCountries) {

    public SupplierExposure {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(annualSpendEur, "annualSpendEur");
        producingCountries = List.copyOf(producingCountries);
    }
}
