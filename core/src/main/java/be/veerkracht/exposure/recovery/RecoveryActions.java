package be.veerkracht.exposure.recovery;

import be.veerkracht.action.Action;
import be.veerkracht.action.Action.Text;
import be.veerkracht.portfolio.AnnualSpend;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to do about exposed nodes (TTS &lt; TTR): for each part that runs short there, raise its stock by the units
 * it loses over the node's recovery time (in days of demand, rounded up; for a single-sourced part exactly TTR − TTS),
 * or qualify a second source that the node does not stop. Footprints and zones without an event in the catalogue
 * (a what-if, TTR by default) propose none. A part short under several nodes gets one action, from the node where
 * it loses most units (then the first in node order). Ranked by that loss in EUR, then part id.
 */
final class RecoveryActions {

    static final String ORIGIN = "exposure/TTS_TTR";
    static final String KIND = "RAISE_STOCK_OR_SECOND_SOURCE";

    private final Portfolio portfolio;
    private final Map<String, Part> parts = new java.util.HashMap<>();

    RecoveryActions(Portfolio portfolio) {
        this.portfolio = portfolio;
        portfolio.parts().forEach(p -> parts.put(p.id().value(), p));
    }

    /** @param whatIf nodes that propose no action: footprints and zones without an event in the catalogue */
    List<Action> actions(List<NodeRecovery> nodes, java.util.Set<DisruptedNode> whatIf) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (NodeRecovery node : nodes) {
            if (!node.exposed() || whatIf.contains(node.node())) {
                continue;
            }
            for (PartRecovery part : node.parts()) {
                if (part.lostUnits() > 0) {
                    best.merge(part.partId(), new Candidate(node, part),
                            (a, b) -> b.part.lostUnits() > a.part.lostUnits() ? b : a);
                }
            }
        }
        List<Candidate> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.part.lossEur()).reversed()
                .thenComparing(c -> c.part.partId()));
        return ranked.stream().map(this::action).toList();
    }

    private Action action(Candidate candidate) {
        NodeRecovery node = candidate.node;
        PartRecovery short_ = candidate.part;
        Part part = parts.get(short_.partId());
        double daily = part.annualDemandUnits() / RecoveryNetwork.DAYS_PER_YEAR;
        long units = (long) Math.ceil(short_.lostUnits() - 1e-9);
        long days = (long) Math.ceil(short_.lostUnits() / daily - 1e-9);
        String nodeId = node.node().id();
        Text what = switch (node.node().kind()) {
            case SUPPLIER, SITE -> Text.of(RecoveryText.ACTION_STOCK_OR_OTHER_SUPPLIER, short_.partId(), days, units,
                    nodeId.contains("/") ? nodeId.substring(0, nodeId.indexOf('/')) : nodeId);
            case FOOTPRINT, ZONE -> Text.of(RecoveryText.ACTION_STOCK_OR_OUTSIDE, short_.partId(), days, units,
                    nodeId);
        };
        Text why = Text.of(RecoveryText.WHY_SHORT_BEFORE_RECOVERY, nodeId, days(node.ttrDays()), node.ttrBasis(),
                short_.partId(), days(short_.ttsDays() == null ? node.ttsDays() : short_.ttsDays()),
                String.format(Locale.ROOT, "%.0f", Math.ceil(short_.lostUnits() - 1e-9)),
                String.format(Locale.ROOT, "%.2f", short_.lossEur()));
        Text effect = Text.of(RecoveryText.EFFECT_SURVIVES_RECOVERY, short_.partId(), days(node.ttrDays()), nodeId);
        return new Action(KIND, part.id(), what, why, effect, spend(part), ORIGIN);
    }

    private BigDecimal spend(Part part) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SourcingLink link : portfolio.linksOf(part.id())) {
            sum = sum.add(AnnualSpend.of(part, link));
        }
        return sum.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    static String days(Double days) {
        return days == null ? "∞" : String.format(Locale.ROOT, "%.1f", days);
    }

    private record Candidate(NodeRecovery node, PartRecovery part) {
    }
}
