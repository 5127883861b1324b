package be.veerkracht.web.page;

import be.veerkracht.action.Action;
import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.Finding;
import be.veerkracht.exposure.PartExposure;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.PartBuffers;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One part: what it is, its sources (where each produces, in which zone, at what share, lead time, capacity and
 * price), its concentration and flexibility as the exposure assessment computed them, and its findings with the
 * actions they call for. Every figure is a field of the portfolio or of {@link PartExposure}; nothing is
 * recomputed here.
 *
 * @param worstFootprint the outage footprint taking the most supply, by its zone name when it is a zone; "" for none
 * @param buffer         its safety stock, reorder point and the cash they tie up ({@link PartBuffers}, planned once
 *                       per snapshot)
 */
public record PartView(Labels text, String part, String description, String criticality, String demand,
                       String annualSpend, List<SourceRow> sources, String hhiSupplier, String hhiCountry,
                       String hhiZone, String sourcingClass, String flexibility, String worstFootprint,
                       List<FindingRow> findings, PartBufferView buffer) {

    public PartView {
        sources = List.copyOf(sources);
        findings = List.copyOf(findings);
    }

    /** One sourcing link, candidates (share 0, not qualified) included. */
    public record SourceRow(String supplier, String country, String zone, String share, String qualified,
                            String leadTimeDays, String capacity, String pricePerUnit) {
    }

    /** @param severity the code, for the style; {@code severityLabel} as people read it */
    public record FindingRow(String severity, String severityLabel, String kind, String message, String action) {
    }

    /** @throws PageError 404 when there is no snapshot or it has no part {@code id} */
    public static PartView of(Labels text, Optional<AssessedSnapshot> latest, ReferenceGeography geography,
                              String id) {
        PartId partId = parse(text, id);
        Portfolio portfolio = latest.map(s -> s.snapshot().portfolio()).orElse(Portfolio.empty());
        Part part = portfolio.part(partId).orElseThrow(() -> notFound(text, id));
        ExposureAssessment a = latest.orElseThrow().assessment();
        PartExposure exposure = a.parts().stream().filter(p -> p.part().equals(partId)).findFirst()
                .orElseThrow(() -> notFound(text, id));
        List<SourceRow> sources = portfolio.linksOf(partId).stream()
                .map(link -> source(text, geography, portfolio, link)).toList();
        String worst = exposure.worstFootprint() == null ? ""
                : text.zone(geography, exposure.worstFootprint());
        return new PartView(text, id, part.description() == null ? "" : part.description(),
                part.criticality().name(), text.number(part.annualDemandUnits()) + " " + part.uom(),
                text.eurCents(exposure.annualSpendEur()), sources, text.fraction(exposure.hhiSupplier()),
                text.fraction(exposure.hhiCountry()), text.fraction(exposure.hhiZone()),
                text.sourcingClass(exposure.sourcingClass()), text.percent(exposure.flexibility()), worst,
                findings(text, a, partId), PartBufferView.of(text, PartBuffers.of(latest.get()), part));
    }

    /** An id no part can have (blank, padded, too long) is as unknown as any other. */
    private static PartId parse(Labels text, String id) {
        try {
            return new PartId(id);
        } catch (IllegalArgumentException impossibleId) {
            throw notFound(text, id);
        }
    }

    /** The page of a part, its id encoded as one path segment. */
    public static String path(String id) {
        return "/parts/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static PageError notFound(Labels text, String id) {
        return new PageError(404, text.get(PageText.PART_NOT_FOUND, id));
    }

    private static SourceRow source(Labels text, ReferenceGeography geography, Portfolio portfolio,
                                    SourcingLink link) {
        CountryCode origin = link.originCountry();
        String zone = text.zoneOf(geography, origin);
        String capacity = link.capacityUnitsPerYear() == null ? text.get(PageText.NOT_GIVEN)
                : text.number(link.capacityUnitsPerYear());
        BigDecimal price = link.price().perUnitEur();
        return new SourceRow(portfolio.supplier(link.supplier()).map(Supplier::name).orElse(link.supplier().value()),
                text.country(origin), zone, text.percent(link.share()),
                text.get(link.qualification().qualified() ? PageText.YES : PageText.NO),
                text.number(link.leadTime().days()), capacity, text.eurCents(price));
    }

    /** The actions come in the order of the findings that call for them, one each (docs/exposure.md). */
    private static List<FindingRow> findings(Labels text, ExposureAssessment a, PartId part) {
        List<FindingRow> rows = new ArrayList<>();
        for (int i = 0; i < a.findings().size(); i++) {
            Finding f = a.findings().get(i);
            if (f.part().equals(part)) {
                Action action = i < a.actions().size() ? a.actions().get(i) : null;
                rows.add(new FindingRow(f.severity().name(), text.severity(f.severity().name()), f.kind().name(),
                        f.message(text.locale()),
                        action == null ? "" : action.what().in(text.locale())));
            }
        }
        return rows;
    }
}
