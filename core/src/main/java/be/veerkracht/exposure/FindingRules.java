package be.veerkracht.exposure;

import be.veerkracht.geo.Overlay;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.SourcingLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The findings of one part, each a small named rule (docs/exposure.md lists them). Ranking:
 * score = criticality weight (A 3, B 2, C 1) × annual spend (EUR) × the kind's exposure weight; severity is HIGH
 * for a part without source or from an embargoed country, and for a critical (A) part with an exposure weight of
 * at least {@value #SERIOUS_WEIGHT}; MEDIUM for other A findings and for B findings of at least that weight; LOW
 * otherwise.
 */
final class FindingRules {

    /** Exposure weight from which a finding on an A or B part is serious. */
    static final double SERIOUS_WEIGHT = 0.5;

    /** Below this flexibility (fraction of demand), a multi-sourced part is flagged LOW_FLEXIBILITY. */
    static final double LOW_FLEXIBILITY = 0.5;

    /** The zone whose countries are under an EU arms embargo (reference data). */
    static final String SANCTIONED_ZONE = "SANCTIONED";

    private final ReferenceGeography geography;
    private final SourcingClassifier classifier;

    FindingRules(ReferenceGeography geography, SourcingClassifier classifier) {
        this.geography = geography;
        this.classifier = classifier;
    }

    List<Finding> findings(PartSources sources, PartExposure exposure) {
        List<Finding> findings = new ArrayList<>();
        noOrSingleSource(sources, exposure, findings);
        concentrated(sources, exposure, findings);
        sameParentGroup(sources, exposure, findings);
        unqualifiedShares(sources, exposure, findings);
        embargoedOrigins(sources, exposure, findings);
        lowFlexibility(sources, exposure, findings);
        if (sources.part().criticality() == Criticality.A && sources.part().shortageCostPerUnit().isEmpty()) {
            findings.add(finding(exposure, FindingKind.NO_SHORTAGE_COST));
        }
        return findings;
    }

    private void noOrSingleSource(PartSources sources, PartExposure exposure, List<Finding> findings) {
        if (sources.active().isEmpty()) {
            findings.add(finding(exposure, FindingKind.NO_SOURCE));
        } else if (sources.active().size() == 1) {
            ActiveSource only = sources.active().get(0);
            findings.add(finding(exposure, FindingKind.SINGLE_SOURCE, only.supplier().name(), only.origin()));
        }
    }

    private void concentrated(PartSources sources, PartExposure exposure, List<Finding> findings) {
        int n = sources.active().size();
        switch (exposure.sourcingClass()) {
            case SAME_COUNTRY -> findings.add(finding(exposure, FindingKind.SAME_COUNTRY, n,
                    sources.active().get(0).origin()));
            case SAME_ZONE -> findings.add(finding(exposure, FindingKind.SAME_ZONE, n,
                    sources.active().get(0).zone()));
            case SAME_FOOTPRINT -> findings.add(finding(exposure, FindingKind.SAME_FOOTPRINT, n,
                    String.join(" + ", exposure.countries()),
                    classifier.sharedNamedFootprint(sources.active()).orElseThrow().code()));
            default -> {
            }
        }
    }

    private void sameParentGroup(PartSources sources, PartExposure exposure, List<Finding> findings) {
        List<ActiveSource> active = sources.active();
        if (active.size() < 2) {
            return;
        }
        boolean oneSupplier = active.stream().map(s -> s.supplier().id()).distinct().count() == 1;
        String group = active.get(0).supplier().parentGroup();
        boolean oneGroup = group != null
                && active.stream().allMatch(s -> group.equals(s.supplier().parentGroup()));
        if (oneSupplier || oneGroup) {
            findings.add(finding(exposure, FindingKind.SAME_PARENT_GROUP, active.size(),
                    oneSupplier ? active.get(0).supplier().name() : group));
        }
    }

    private void unqualifiedShares(PartSources sources, PartExposure exposure, List<Finding> findings) {
        for (SourcingLink link : sources.links()) {
            if (link.share() > 0 && !link.qualification().qualified()) {
                findings.add(finding(exposure, FindingKind.UNQUALIFIED_SHARE, link.supplier(), percent(link.share())));
            }
        }
    }

    private void embargoedOrigins(PartSources sources, PartExposure exposure, List<Finding> findings) {
        sources.active().stream()
                .filter(s -> SANCTIONED_ZONE.equals(s.zone()) || geography.country(s.origin())
                        .map(c -> c.has(Overlay.EU_ARMS_EMBARGO)).orElse(false))
                .map(ActiveSource::origin).distinct()
                .forEach(country -> findings.add(finding(exposure, FindingKind.EMBARGOED_ORIGIN, country)));
    }

    private void lowFlexibility(PartSources sources, PartExposure exposure, List<Finding> findings) {
        if (sources.active().size() >= 2 && exposure.flexibility() < LOW_FLEXIBILITY) {
            findings.add(finding(exposure, FindingKind.LOW_FLEXIBILITY,
                    sources.largest().orElseThrow().supplier().name(), percent(exposure.flexibility())));
        }
    }

    private static Finding finding(PartExposure exposure, FindingKind kind, Object... args) {
        double weight = switch (exposure.criticality()) {
            case A -> 3;
            case B -> 2;
            case C -> 1;
        };
        double score = weight * exposure.annualSpendEur().doubleValue() * kind.exposureWeight();
        return new Finding(exposure.part(), kind, severity(exposure.criticality(), kind), score,
                java.util.Arrays.stream(args).map(Objects::toString).toList());
    }

    static Severity severity(Criticality criticality, FindingKind kind) {
        if (kind == FindingKind.NO_SOURCE || kind == FindingKind.EMBARGOED_ORIGIN) {
            return Severity.HIGH;
        }
        boolean serious = kind.exposureWeight() >= SERIOUS_WEIGHT;
        return switch (criticality) {
            case A -> serious ? Severity.HIGH : Severity.MEDIUM;
            case B -> serious ? Severity.MEDIUM : Severity.LOW;
            case C -> Severity.LOW;
        };
    }

    /** A fraction as a whole percentage for messages, e.g. {@code 35%} (machine-formatted, Locale.ROOT). */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
