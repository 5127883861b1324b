package be.veerkracht.exposure;

import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.AnnualSpend;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One part with its links and its active sources resolved against the reference geography. */
record PartSources(Part part, List<SourcingLink> links, List<ActiveSource> active) {

    /** Zone of a producing country missing from the reference data (reported in the output, never guessed). */
    static final String UNKNOWN_ZONE = "UNKNOWN";

    static PartSources of(Part part, Portfolio portfolio, ReferenceGeography geography) {
        List<SourcingLink> links = portfolio.linksOf(part.id());
        List<ActiveSource> active = links.stream()
                .filter(l -> l.qualification().qualified() && l.share() > 0)
                .map(l -> new ActiveSource(l, portfolio.supplier(l.supplier()).orElseThrow(), l.originCountry(),
                        geography.zoneOf(l.originCountry()).orElse(UNKNOWN_ZONE)))
                .toList();
        return new PartSources(part, links, active);
    }

    /** The active source with the largest share (the first in link order on a tie). */
    Optional<ActiveSource> largest() {
        return active.stream().max(Comparator.comparingDouble(ActiveSource::share)
                .thenComparing(Comparator.comparingInt(active::indexOf).reversed()));
    }

    /** The outage footprint that stops the largest share of active supply (named footprints win ties). */
    Optional<Footprint> worstFootprint(ReferenceGeography geography) {
        Footprint worst = null;
        double worstLost = 0;
        for (Footprint footprint : geography.footprints()) {
            if (footprint.kind() != FootprintKind.OUTAGE) {
                continue;
            }
            double lost = active.stream().filter(s -> footprint.covers(s.origin()))
                    .mapToDouble(ActiveSource::share).sum();
            if (lost > worstLost) {
                worst = footprint;
                worstLost = lost;
            }
        }
        return Optional.ofNullable(worst);
    }

    /** Annual demand × Σ share × price per unit over every link (candidates at share 0 add nothing). */
    BigDecimal annualSpendEur() {
        return links.stream().map(link -> AnnualSpend.of(part, link)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
