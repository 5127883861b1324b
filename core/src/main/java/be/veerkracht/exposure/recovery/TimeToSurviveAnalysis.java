package be.veerkracht.exposure.recovery;

import be.veerkracht.action.Action;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.events.EventCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Time to survive (TTS) against time to recover (TTR) for every supplier, site, outage footprint and zone of a
 * portfolio, after Simchi-Levi et al.: for each node, the network without it re-routes what the surviving sources
 * can ship, on-hand stock and the goods in transit, and a linear programme gives
 * <ul>
 *   <li>the <b>performance impact</b>: the least margin lost over the node's TTR, and</li>
 *   <li>the <b>time to survive</b>: the longest time demand is met in full;</li>
 * </ul>
 * the <b>risk exposure index</b> is the impact over the largest impact of all nodes; a node is <b>exposed</b> when
 * TTS &lt; TTR. The model, its simplifications and the TTR rules are in {@code docs/exposure.md} ("Time to survive
 * and time to recover").
 *
 * <p>Cost: per node, O(parts · sources) to find what it touches; parts alone in their component in closed form,
 * O(k²) for k kinks; parts sharing a supplier's stated capacity by GLOP, one LP for the impact and one per piece
 * between kinks for the TTS (walked in order until one ends short).
 *
 * <p>Sources: D. Simchi-Levi, W. Schmidt, Y. Wei, "From superstorms to factory fires: managing unpredictable
 * supply-chain disruptions", Harvard Business Review 92(1–2):96–101, 2014; D. Simchi-Levi, W. Schmidt, Y. Wei, P. Y.
 * Zhang, K. Combs, Y. Ge, O. Gusikhin, M. Sanders, D. Zhang, "Identifying risks and mitigating disruptions in the
 * automotive supply chain", Interfaces 45(5):375–390, 2015, doi:10.1287/inte.2015.0804.
 */
public final class TimeToSurviveAnalysis {

    private final ReferenceGeography geography;
    private final EventCatalogue catalogue;

    public TimeToSurviveAnalysis(ReferenceGeography geography, EventCatalogue catalogue) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public RecoveryAssessment assess(Portfolio portfolio) {
        return run(portfolio).assessment();
    }

    /** The assessment with what it took to compute: for benchmarks. */
    public Run run(Portfolio portfolio) {
        Objects.requireNonNull(portfolio, "portfolio");
        RecoveryNetwork network = new RecoveryNetwork(portfolio);
        List<NodeScope> scopes = new DisruptedNodes(portfolio, geography, catalogue).all();
        NodeAnalysis analysis = new NodeAnalysis(network);
        List<NodeAnalysis.Outcome> outcomes = scopes.parallelStream().map(analysis::analyse).toList();
        double largest = outcomes.stream().mapToDouble(o -> o.recovery().performanceImpactEur()).max().orElse(0);
        List<NodeRecovery> nodes = new ArrayList<>();
        Map<NodeKind, Integer> counts = new EnumMap<>(NodeKind.class);
        int lps = 0;
        int closed = 0;
        for (NodeAnalysis.Outcome outcome : outcomes) {
            NodeRecovery r = outcome.recovery();
            double index = largest > 0 ? r.performanceImpactEur() / largest : 0;
            nodes.add(new NodeRecovery(r.node(), r.ttrDays(), r.ttrBasis(), r.ttsDays(), r.performanceImpactEur(),
                    index, r.exposed(), r.parts()));
            counts.merge(r.node().kind(), 1, Integer::sum);
            lps += outcome.lpsSolved();
            closed += outcome.closedForms();
        }
        nodes.sort(ORDER);
        java.util.Set<DisruptedNode> whatIf = new java.util.HashSet<>();
        scopes.stream().filter(s -> !s.catalogued()).forEach(s -> whatIf.add(s.node()));
        List<Action> actions = new RecoveryActions(portfolio).actions(nodes, whatIf);
        RecoveryAssessment assessment = new RecoveryAssessment(nodes, actions, ASSUMPTIONS, geography.version(),
                catalogue.version());
        return new Run(assessment, counts, lps, closed);
    }

    /** Largest impact first, then kind, then id. */
    static final Comparator<NodeRecovery> ORDER = Comparator
            .comparingDouble(NodeRecovery::performanceImpactEur).reversed()
            .thenComparing(n -> n.node().kind())
            .thenComparing(n -> n.node().id());

    /** The model's simplifications, in English, carried with every result. */
    public static final List<String> ASSUMPTIONS = List.of(
            "After Simchi-Levi et al. (HBR 2014; Interfaces 45(5), 2015): each node stops for its time to recover (TTR); "
                    + "the rest of the network re-routes what it can.",
            "Aggregate over the horizon: supply meets demand when cumulative supply by t covers cumulative demand "
                    + "d*t (no day-by-day timing inside [0, TTR]); lost sales, no backorders.",
            "Supply of a part: on-hand stock + the full pipeline of its active sources (share*d*lead time, even from "
                    + "a stopped source) + what surviving sources ship over [0, t - lead time].",
            "A surviving active source ships its planned rate for its ramp_up_days, then up to "
                    + "capacity_units_per_year/365; blank capacity or ramp_up_days: no flex. A standby source "
                    + "(qualified without share, or a candidate with qualification_days) ships up to its capacity "
                    + "after its ramp-up (plus qualification).",
            "A supplier's stated capacity is shared by its parts; the parts a node does not touch keep their planned "
                    + "volume there.",
            "TTR of a supplier or site: the longest recovery_days of its links, else the longest rebuild_days of its "
                    + "tools, else the event catalogue's FIRE median for its stability band; of a footprint or zone: "
                    + "the catalogue's median, else 180 days (a what-if: such a node proposes no action).",
            "The loss counts inside [0, TTR]; after recovery the first new shipments still take their lead time "
                    + "(the stress test counts that too, so it loses more).",
            "A unit short costs shortage_cost_eur_per_unit, else margin_eur_per_unit, else 0; the impact is an LP "
                    + "optimum (a statistic).",
            "A time to survive beyond 100 years after the last ramp-up counts as never running short.");

    /**
     * An assessment with its cost.
     *
     * @param nodes       nodes by kind
     * @param lpsSolved   linear programmes solved (GLOP)
     * @param closedForms parts solved in closed form (alone in their component)
     */
    public record Run(RecoveryAssessment assessment, Map<NodeKind, Integer> nodes, int lpsSolved, int closedForms) {
    }
}
