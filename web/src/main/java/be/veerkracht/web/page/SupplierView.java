package be.veerkracht.web.page;

import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.SupplierExposure;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.AnnualSpend;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.PartIndex;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One supplier: where its legal entity is, how much of the portfolio depends on it, and every part it supplies or
 * is a candidate for, with the share, origin, lead time, price and spend of that link and the part's sourcing
 * class (so a buyer sees at once which of its parts have no alternative).
 */
public record SupplierView(Labels text, String id, String name, String location, String zone, String group,
                           String activeParts, String soleSource, String criticalSole, String candidate,
                           String annualSpend, List<LinkRow> links) {

    public SupplierView {
        links = List.copyOf(links);
    }

    /** @param href the part's page */
    public record LinkRow(String part, String href, String criticality, String sourcingClass, String share,
                          String qualified, String origin, String zone, String leadTimeDays, String pricePerUnit,
                          String annualSpend) {
    }

    /** @throws PageError 404 when there is no snapshot or it has no supplier {@code id} */
    public static SupplierView of(Labels text, Optional<AssessedSnapshot> latest, ReferenceGeography geography,
                                  String id) {
        SupplierId supplierId = parse(text, id);
        Portfolio portfolio = latest.map(s -> s.snapshot().portfolio()).orElse(Portfolio.empty());
        Supplier supplier = portfolio.supplier(supplierId).orElseThrow(() -> notFound(text, id));
        SupplierExposure exposure = latest.orElseThrow().suppliers().stream()
                .filter(e -> e.supplier().id().equals(supplierId)).findFirst().orElseThrow();
        PartIndex parts = latest.orElseThrow().parts();
        List<LinkRow> links = portfolio.links().stream().filter(l -> l.supplier().equals(supplierId))
                .sorted(Comparator.comparing((SourcingLink l) -> spend(portfolio, l)).reversed()
                        .thenComparing(SourcingLink::part))
                .map(l -> link(text, geography, portfolio, parts.exposure(l.part()).orElseThrow(), l)).toList();
        String location = text.country(supplier.country())
                + (supplier.city() == null ? "" : ", " + supplier.city());
        return new SupplierView(text, id, supplier.name(), location,
                text.zoneOf(geography, supplier.country()),
                supplier.parentGroup() == null ? text.get(PageText.NOT_GIVEN) : supplier.parentGroup(),
                text.count(exposure.activeParts()), text.count(exposure.soleSourceParts()),
                text.count(exposure.criticalSoleSource()), text.count(exposure.candidateParts()),
                text.eur(exposure.annualSpendEur()), links);
    }

    private static BigDecimal spend(Portfolio portfolio, SourcingLink link) {
        return portfolio.part(link.part()).map(p -> AnnualSpend.of(p, link)).orElse(BigDecimal.ZERO);
    }

    private static LinkRow link(Labels text, ReferenceGeography geography, Portfolio portfolio, PartExposure part,
                                SourcingLink l) {
        Part p = portfolio.part(l.part()).orElseThrow();
        return new LinkRow(l.part().value(), PartView.path(l.part().value()), p.criticality().name(),
                text.sourcingClass(part.sourcingClass()), text.percent(l.share()),
                text.get(l.qualification().qualified() ? PageText.YES : PageText.NO),
                text.country(l.originCountry()),
                text.zoneOf(geography, l.originCountry()), text.number(l.leadTime().days()),
                text.eurCents(l.price().perUnitEur()), text.eur(AnnualSpend.of(p, l)));
    }

    /** An id no supplier can have (blank, padded, too long) is as unknown as any other. */
    private static SupplierId parse(Labels text, String id) {
        try {
            return new SupplierId(id);
        } catch (IllegalArgumentException impossibleId) {
            throw notFound(text, id);
        }
    }

    private static PageError notFound(Labels text, String id) {
        return new PageError(404, text.get(PageText.SUPPLIER_NOT_FOUND, id));
    }
}
