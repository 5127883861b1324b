package be.veerkracht.exposure;

import be.veerkracht.action.Action;
import be.veerkracht.action.Action.Text;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;

/**
 * The action each finding calls for. Where the portfolio already holds a candidate source (share 0 or not yet
 * qualified) outside the zone of the current sources, the action is to finish qualifying that one: it is the
 * cheapest second source, and the number of days and euros is already known.
 */
final class ActionRules {

    private static final String ORIGIN = "exposure/";

    private final Portfolio portfolio;
    private final ReferenceGeography geography;

    ActionRules(Portfolio portfolio, ReferenceGeography geography) {
        this.portfolio = portfolio;
        this.geography = geography;
    }

    Action actionFor(Finding finding, PartSources sources, PartExposure exposure) {
        Text why = Text.of(finding.kind(), finding.args().toArray());
        return switch (finding.kind()) {
            case NO_SOURCE -> action("FIND_SOURCE", Text.of(ExposureText.ACTION_FIND_SOURCE), why,
                    Text.of(ExposureText.EFFECT_SOURCED), finding, exposure);
            case SINGLE_SOURCE, SAME_COUNTRY, SAME_ZONE, SAME_FOOTPRINT -> diversify(finding, sources, exposure, why);
            case SAME_PARENT_GROUP -> action("SEPARATE_GROUP", Text.of(ExposureText.ACTION_SEPARATE_GROUP,
                    finding.args().get(1)), why, Text.of(ExposureText.EFFECT_INDEPENDENT), finding, exposure);
            case UNQUALIFIED_SHARE -> action("QUALIFY_OR_REALLOCATE", Text.of(
                    ExposureText.ACTION_QUALIFY_OR_REALLOCATE, finding.args().get(0)), why,
                    Text.of(ExposureText.EFFECT_QUALIFIED), finding, exposure);
            case EMBARGOED_ORIGIN -> action("EXIT_EMBARGOED_SOURCE", Text.of(
                    ExposureText.ACTION_EXIT_EMBARGOED_SOURCE, finding.args().get(0)), why,
                    Text.of(ExposureText.EFFECT_NO_EMBARGO), finding, exposure);
            case LOW_FLEXIBILITY -> action("AGREE_FLEX_CAPACITY", Text.of(ExposureText.ACTION_AGREE_FLEX_CAPACITY),
                    why, Text.of(ExposureText.EFFECT_FLEXIBILITY, FindingRules.percent(exposure.flexibility())),
                    finding, exposure);
            case NO_SHORTAGE_COST -> action("SET_SHORTAGE_COST", Text.of(ExposureText.ACTION_SET_SHORTAGE_COST), why,
                    Text.of(ExposureText.EFFECT_VALUED), finding, exposure);
        };
    }

    private Action diversify(Finding finding, PartSources sources, PartExposure exposure, Text why) {
        Optional<SourcingLink> candidate = candidateOutside(sources, exposure);
        if (candidate.isPresent()) {
            SourcingLink link = candidate.get();
            String name = portfolio.supplier(link.supplier()).orElseThrow().name();
            Integer days = link.qualification().days();
            String cost = link.qualification().costEur() == null ? "?"
                    : link.qualification().costEur().setScale(0, RoundingMode.HALF_EVEN).toPlainString();
            return action("QUALIFY_CANDIDATE", Text.of(ExposureText.ACTION_QUALIFY_CANDIDATE, name,
                    link.originCountry(), days == null ? "?" : days, cost), why,
                    Text.of(ExposureText.EFFECT_DIVERSIFIED), finding, exposure);
        }
        // what the second source must be outside of: the country for a single or one-country part, else the
        // zone or the footprint that takes the current sources out together
        String outside = switch (finding.kind()) {
            case SAME_ZONE -> finding.args().get(1);
            case SAME_FOOTPRINT -> finding.args().get(2);
            default -> String.join(" + ", exposure.countries());
        };
        ExposureText what = finding.kind() == FindingKind.SINGLE_SOURCE
                ? ExposureText.ACTION_QUALIFY_SECOND_SOURCE : ExposureText.ACTION_DIVERSIFY_OUTSIDE;
        return action(finding.kind() == FindingKind.SINGLE_SOURCE ? "QUALIFY_SECOND_SOURCE" : "DIVERSIFY_OUTSIDE",
                Text.of(what, outside), why, Text.of(ExposureText.EFFECT_DIVERSIFIED), finding, exposure);
    }

    /**
     * The candidate to propose: a link not active today (share 0 or unqualified) producing outside every zone of
     * the active sources; of several, the one closest to delivering: already qualified first, then the fewest
     * qualification days, then the lowest qualification cost (unknown days or cost last), then link order.
     */
    private Optional<SourcingLink> candidateOutside(PartSources sources, PartExposure exposure) {
        return sources.links().stream()
                .filter(l -> l.share() == 0 || !l.qualification().qualified())
                .filter(l -> !exposure.zones().contains(
                        geography.zoneOf(l.originCountry()).orElse(PartSources.UNKNOWN_ZONE)))
                .min(CLOSEST_TO_DELIVERING);
    }

    private static final Comparator<SourcingLink> CLOSEST_TO_DELIVERING = Comparator
            .comparing((SourcingLink l) -> !l.qualification().qualified())
            .thenComparing(l -> l.qualification().days(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> l.qualification().costEur(), Comparator.nullsLast(Comparator.naturalOrder()));

    private static Action action(String kind, Text what, Text why, Text effect, Finding finding,
                                 PartExposure exposure) {
        return new Action(kind, finding.part(), what, why, effect, exposure.annualSpendEur(),
                ORIGIN + finding.kind().name());
    }
}
