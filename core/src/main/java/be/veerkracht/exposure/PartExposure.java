package be.veerkracht.exposure;

import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.PartId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One part's exposure, over its active sources (qualified links with a share above 0), geography by where each
 * source produces ({@code origin_country}).
 *
 * @param sources               all sourcing links, candidates included
 * @param qualifiedSources      active sources
 * @param hhiSupplier           Herfindahl–Hirschman index of the active shares by supplier, 0..1 (1 = one
 *                              supplier); 0 when there is no active source
 * @param hhiCountry            the same by producing country
 * @param hhiZone               the same by zone
 * @param flexibility           share of annual demand the other active sources can still deliver (up to their
 *                              capacity) when the largest fails, 0..1
 * @param footprintFlexibility  the same when the outage footprint taking the most supply fails
 * @param worstFootprint        that footprint's code; null without active sources
 * @param annualSpendEur        demand × Σ share × price per unit, EUR per year
 * @param zones                 the zones of the active sources, sorted
 * @param countries             the producing countries of the active sources, sorted
 */
public record PartExposure(
        PartId part,
        Criticality criticality,
        int sources,
        int qualifiedSources,
        double hhiSupplier,
        double hhiCountry,
        double hhiZone,
        SourcingClass sourcingClass,
        double flexibility,
        double footprintFlexibility,
        String worstFootprint,
        BigDecimal annualSpendEur,
        List<String> zones,
        List<String> countries) {

    public PartExposure {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(sourcingClass, "sourcingClass");
        Objects.requireNonNull(annualSpendEur, "annualSpendEur");
        zones = List.copyOf(zones);
        countries = List.copyOf(countries);
    }

    /** Fewer than two active sources. */
    public boolean singleSource() {
        return qualifiedSources < 2;
    }

    /** Two or more active sources, all in one zone: a second source that buys false security. */
    public boolean sameZoneDualSource() {
        return qualifiedSources >= 2 && zones.size() == 1;
    }
}
