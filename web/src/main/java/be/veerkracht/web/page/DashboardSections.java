package be.veerkracht.web.page;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.SourcingClass;
import be.veerkracht.exposure.SpendShare;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.HhiBand;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The dashboard's breakdowns, each row linking to the parts list filtered to the parts behind it: spend and parts
 * by zone and by country, parts per concentration band, the single-sourced critical parts, and the second sources
 * that buy false security (same country, zone or event footprint).
 */
public record DashboardSections(List<SpendRow> zones, List<SpendRow> countries, List<BandRow> bands,
                               List<PartLine> criticalSingles, String criticalSinglesCount,
                               List<PartLine> falseSecurity, String falseSecurityCount) {

    /** Countries shown; the parts page filters on every one. */
    public static final int TOP_COUNTRIES = 12;

    /** Parts listed in each of the two part lists; the link shows them all. */
    public static final int TOP_PARTS = 10;

    /** The classes whose second source is no real alternative: one event takes out every source. */
    static final Set<SourcingClass> FALSE_SECURITY =
            EnumSet.of(SourcingClass.SAME_COUNTRY, SourcingClass.SAME_ZONE, SourcingClass.SAME_FOOTPRINT);

    /** Link to every single-sourced part of criticality A. */
    public static final String CRITICAL_SINGLES_HREF = "/parts?class=SINGLE&criticality=A&sort=spend";

    public DashboardSections {
        zones = List.copyOf(zones);
        countries = List.copyOf(countries);
        bands = List.copyOf(bands);
        criticalSingles = List.copyOf(criticalSingles);
        falseSecurity = List.copyOf(falseSecurity);
    }

    /** @param parts the parts with an active source there */
    public record SpendRow(String code, String name, String parts, String annualSpend, String share, String href) {
    }

    public record BandRow(String band, String label, String parts, String href) {
    }

    public record PartLine(String part, String description, String sourcingClass, String countries,
                           String annualSpend, String href) {
    }

    static DashboardSections of(Labels text, AssessedSnapshot assessed, ReferenceGeography geography) {
        ExposureAssessment a = assessed.assessment();
        Portfolio portfolio = assessed.snapshot().portfolio();
        List<PartExposure> bySpend = a.parts().stream()
                .sorted(Comparator.comparing(PartExposure::annualSpendEur).reversed()).toList();
        Predicate<PartExposure> criticalSingle = p -> p.sourcingClass() == SourcingClass.SINGLE
                && p.criticality() == Criticality.A;
        Predicate<PartExposure> falseSecurity = p -> FALSE_SECURITY.contains(p.sourcingClass());
        return new DashboardSections(
                spendRows(text, a, a.zones(), PartExposure::zones, "zone",
                        z -> text.zone(geography, z)),
                spendRows(text, a, a.countries().stream().limit(TOP_COUNTRIES).toList(), PartExposure::countries,
                        "country", c -> text.country(c)),
                bands(text, a.parts()),
                lines(text, portfolio, bySpend, criticalSingle),
                text.count(a.parts().stream().filter(criticalSingle).count()),
                lines(text, portfolio, bySpend, falseSecurity),
                text.count(a.parts().stream().filter(falseSecurity).count()));
    }

    private static List<SpendRow> spendRows(Labels text, ExposureAssessment a, List<SpendShare> shares,
                                            Function<PartExposure, List<String>> keysOfPart, String parameter,
                                            Function<String, String> name) {
        Map<String, Long> parts = a.parts().stream().flatMap(p -> keysOfPart.apply(p).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return shares.stream().map(s -> new SpendRow(s.key(), name.apply(s.key()),
                text.count(parts.getOrDefault(s.key(), 0L)), text.eur(s.annualSpendEur()),
                text.percent(share(s.annualSpendEur(), a.annualSpendEur())),
                "/parts?" + parameter + "=" + s.key() + "&sort=spend")).toList();
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }

    private static List<BandRow> bands(Labels text, List<PartExposure> parts) {
        Map<HhiBand, Long> counts = parts.stream().flatMap(p -> HhiBand.of(p).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return Arrays.stream(HhiBand.values()).map(b -> new BandRow(b.parameter(),
                text.get(PageText.valueOf("HHI_" + b.name())), text.count(counts.getOrDefault(b, 0L)),
                "/parts?hhi=" + b.parameter() + "&sort=spend")).toList();
    }

    private static List<PartLine> lines(Labels text, Portfolio portfolio, List<PartExposure> bySpend,
                                        Predicate<PartExposure> which) {
        return bySpend.stream().filter(which).limit(TOP_PARTS).map(p -> new PartLine(p.part().value(),
                portfolio.part(p.part()).map(Part::description).orElse(""), text.sourcingClass(p.sourcingClass()),
                String.join(", ", p.countries()), text.eur(p.annualSpendEur()), PartView.path(p.part().value())))
                .toList();
    }

}
