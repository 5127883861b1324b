package be.veerkracht.web.app;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.Finding;
import be.veerkracht.exposure.PartExposure;
import be.veerkracht.exposure.Severity;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of one assessed snapshot, prepared once for every list that filters them ({@link PartQuery}): each
 * order's sorted list, each part's lower-case search text, description and most severe finding. Lists then cost
 * one pass over the parts per request, without sorting or lower-casing (docs/benchmarks.md).
 */
public final class PartIndex {

    /** A part with what a search compares: id and description in lower case, its countries and zones. */
    record Entry(PartExposure exposure, String searchText, Set<String> codes) {
    }

    private final Map<PartOrder, List<Entry>> ordered;
    private final Map<PartId, String> descriptions;
    private final Map<PartId, Severity> topSeverity;
    private final Map<PartId, PartExposure> byId;

    private PartIndex(Map<PartOrder, List<Entry>> ordered, Map<PartId, String> descriptions,
                      Map<PartId, Severity> topSeverity, Map<PartId, PartExposure> byId) {
        this.ordered = ordered;
        this.descriptions = descriptions;
        this.topSeverity = topSeverity;
        this.byId = byId;
    }

    static PartIndex of(AssessedSnapshot assessed) {
        Portfolio portfolio = assessed.snapshot().portfolio();
        ExposureAssessment assessment = assessed.assessment();
        Map<PartId, Integer> rank = new HashMap<>();
        Map<PartId, Severity> top = new HashMap<>();
        List<Finding> findings = assessment.findings();
        for (int i = 0; i < findings.size(); i++) {
            // findings come most severe, highest score first: a part's first one is its worst
            rank.putIfAbsent(findings.get(i).part(), i);
            top.putIfAbsent(findings.get(i).part(), findings.get(i).severity());
        }
        Map<PartId, String> descriptions = new HashMap<>();
        Map<PartId, PartExposure> byId = new HashMap<>();
        Map<PartId, Entry> entries = new HashMap<>();
        for (PartExposure p : assessment.parts()) {
            String description = portfolio.part(p.part()).map(Part::description).orElse("");
            descriptions.put(p.part(), description);
            byId.put(p.part(), p);
            Set<String> codes = new HashSet<>(p.countries());
            codes.addAll(p.zones());
            entries.put(p.part(), new Entry(p, (p.part().value() + "\n" + description).toLowerCase(Locale.ROOT),
                    Set.copyOf(codes)));
        }
        Map<PartOrder, List<Entry>> ordered = new EnumMap<>(PartOrder.class);
        for (PartOrder order : PartOrder.values()) {
            ordered.put(order, assessment.parts().stream().sorted(comparator(order, rank))
                    .map(p -> entries.get(p.part())).toList());
        }
        return new PartIndex(ordered, descriptions, top, byId);
    }

    private static Comparator<PartExposure> comparator(PartOrder order, Map<PartId, Integer> rank) {
        Comparator<PartExposure> bySpend = Comparator.comparing(PartExposure::annualSpendEur).reversed();
        Comparator<PartExposure> byId = Comparator.comparing(PartExposure::part);
        return switch (order) {
            case RISK -> Comparator.comparingInt((PartExposure p) -> rank.getOrDefault(p.part(), Integer.MAX_VALUE))
                    .thenComparing(bySpend).thenComparing(byId);
            case SPEND -> bySpend.thenComparing(byId);
            case HHI -> Comparator.comparingDouble(PartExposure::hhiSupplier).reversed().thenComparing(bySpend)
                    .thenComparing(byId);
            case PART -> byId;
        };
    }

    /** Every part with its search text, in this order. */
    List<Entry> in(PartOrder order) {
        return ordered.get(order);
    }

    /** The part's description, "" when it has none. */
    public String description(PartId part) {
        return descriptions.getOrDefault(part, "");
    }

    /** The severity of the part's most severe finding; empty when it has none. */
    public Optional<Severity> topSeverity(PartId part) {
        return Optional.ofNullable(topSeverity.get(part));
    }

    /** The part's exposure; empty when the snapshot has no such part. */
    public Optional<PartExposure> exposure(PartId part) {
        return Optional.ofNullable(byId.get(part));
    }
}
