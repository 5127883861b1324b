package be.veerkracht.exposure;

import be.veerkracht.action.Action;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.AnnualSpend;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Judges a portfolio on risk exposure and strategic flexibility (the article's first pillar): concentration by
 * supplier, country and zone (HHI), how each part's active sources are spread ({@link SourcingClass}), what the
 * other sources can deliver when the largest source or the worst footprint fails, spend by zone and country, and
 * the ranked findings with the action each calls for. Definitions and rules: docs/exposure.md.
 *
 * <p>Linear in the number of sourcing links times the number of outage footprints; deterministic.
 */
public final class ExposureAssessor {

    /** Money shown to the cent, rounded half-even only at the end. */
    public static final int SPEND_SCALE = 2;

    private final ReferenceGeography geography;
    private final SourcingClassifier classifier;
    private final FindingRules findingRules;

    public ExposureAssessor(ReferenceGeography geography) {
        this.geography = geography;
        this.classifier = new SourcingClassifier(geography);
        this.findingRules = new FindingRules(geography, classifier);
    }

    public ExposureAssessment assess(Portfolio portfolio) {
        ActionRules actionRules = new ActionRules(portfolio, geography);
        List<PartExposure> parts = new ArrayList<>();
        List<Ranked> ranked = new ArrayList<>();
        Map<String, BigDecimal> byZone = new TreeMap<>();
        Map<String, BigDecimal> byCountry = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Part part : portfolio.parts()) {
            PartSources sources = PartSources.of(part, portfolio, geography);
            PartExposure exposure = exposure(sources);
            parts.add(exposure);
            total = total.add(sources.annualSpendEur());
            addSpendByOrigin(sources, byZone, byCountry);
            for (Finding finding : findingRules.findings(sources, exposure)) {
                ranked.add(new Ranked(finding, actionRules.actionFor(finding, sources, exposure)));
            }
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.finding().severity())
                .thenComparing(r -> -r.finding().score())
                .thenComparing(r -> r.finding().part())
                .thenComparing(r -> r.finding().kind()));
        return new ExposureAssessment(geography.version(), portfolio.parts().size(), portfolio.suppliers().size(),
                total.setScale(SPEND_SCALE, RoundingMode.HALF_EVEN), shares(byZone, total), shares(byCountry, total),
                parts, ranked.stream().map(Ranked::finding).toList(), actions(ranked));
    }

    private record Ranked(Finding finding, Action action) {
    }

    private PartExposure exposure(PartSources sources) {
        List<ActiveSource> active = sources.active();
        double demand = sources.part().annualDemandUnits();
        Optional<ActiveSource> largest = sources.largest();
        Optional<Footprint> worst = sources.worstFootprint(geography);
        double flexibility = largest.map(l -> Flexibility.whenFailing(active, s -> s == l, demand)).orElse(0.0);
        double footprintFlexibility = worst
                .map(f -> Flexibility.whenFailing(active, s -> f.covers(s.origin()), demand)).orElse(0.0);
        return new PartExposure(sources.part().id(), sources.part().criticality(), sources.links().size(),
                active.size(), Herfindahl.of(active, s -> s.supplier().id()), Herfindahl.of(active, ActiveSource::origin),
                Herfindahl.of(active, ActiveSource::zone), classifier.classify(active), flexibility,
                footprintFlexibility, worst.map(Footprint::code).orElse(null),
                sources.annualSpendEur().setScale(SPEND_SCALE, RoundingMode.HALF_EVEN),
                distinctSorted(active, ActiveSource::zone), distinctSorted(active, s -> s.origin().alpha2()));
    }

    private static List<String> distinctSorted(List<ActiveSource> active, Function<ActiveSource, String> key) {
        return active.stream().map(key).distinct().sorted().toList();
    }

    private void addSpendByOrigin(PartSources sources, Map<String, BigDecimal> byZone,
                                  Map<String, BigDecimal> byCountry) {
        sources.links().stream().filter(l -> l.share() > 0).forEach(link -> {
            BigDecimal spend = AnnualSpend.of(sources.part(), link);
            String zone = geography.zoneOf(link.originCountry()).orElse(PartSources.UNKNOWN_ZONE);
            byZone.merge(zone, spend, BigDecimal::add);
            byCountry.merge(link.originCountry().alpha2(), spend, BigDecimal::add);
        });
    }

    private static List<SpendShare> shares(Map<String, BigDecimal> spend, BigDecimal total) {
        return spend.entrySet().stream()
                .map(e -> new SpendShare(e.getKey(), e.getValue().setScale(SPEND_SCALE, RoundingMode.HALF_EVEN),
                        total.signum() == 0 ? 0 : e.getValue().doubleValue() / total.doubleValue()))
                .sorted(Comparator.comparing(SpendShare::annualSpendEur).reversed()
                        .thenComparing(SpendShare::key))
                .toList();
    }

    private static List<Action> actions(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::action).toList();
    }
}
