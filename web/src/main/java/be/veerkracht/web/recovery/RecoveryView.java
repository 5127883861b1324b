package be.veerkracht.web.recovery;

import be.veerkracht.action.Action;
import be.veerkracht.exposure.recovery.NodeKind;
import be.veerkracht.exposure.recovery.NodeRecovery;
import be.veerkracht.exposure.recovery.PartRecovery;
import be.veerkracht.exposure.recovery.RecoveryAssessment;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageText;
import be.veerkracht.web.page.PartView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The time-to-survive page: the kind filter, three figures, the scatter's data, the exposed nodes with the parts
 * behind them, the actions and the assumptions; every number already formatted in the visitor's language.
 *
 * @param kind      the kind shown, its code; empty for all
 * @param chartJson the scatter's data ({@link RecoveryChart}); null before the first import
 */
public record RecoveryView(Labels text, boolean hasSnapshot, String snapshotLine, String kind,
                           List<KindOption> kinds, List<Figure> figures, String chartJson, int points,
                           List<NodeRow> exposed, List<ActionRow> actions, List<String> assumptions,
                           String versions) {

    /** Nodes with at most this many parts show them at once; the others behind a click. */
    static final int PARTS_OPEN = 5;

    public RecoveryView {
        kinds = List.copyOf(kinds);
        figures = List.copyOf(figures);
        exposed = List.copyOf(exposed);
        actions = List.copyOf(actions);
        assumptions = List.copyOf(assumptions);
    }

    /** One choice of the kind filter. */
    public record KindOption(String code, String label, boolean selected) {
    }

    public record Figure(String id, String label, String value) {
    }

    /**
     * An exposed node.
     *
     * @param href its page, null when it has none (a footprint)
     */
    public record NodeRow(String label, String href, String kind, String kindCode, String ttr, String ttrBasis,
                          String tts, String impact, String index, String partsSummary, boolean partsOpen,
                          List<PartRow> parts) {
    }

    public record PartRow(String part, String href, String lostUnits, String loss, String tts) {
    }

    public record ActionRow(String part, String href, String what, String why) {
    }

    public String get(RecoveryText key, Object... args) {
        return text.get(key, args);
    }

    /** Before the first import: the filter only, and how to import. */
    static RecoveryView empty(Labels text) {
        return new RecoveryView(text, false, null, "", options(text, null), List.of(), null, 0, List.of(), List.of(),
                List.of(), null);
    }

    static RecoveryView of(Labels text, RecoveredSnapshot recovered, ReferenceGeography geography, NodeKind kind) {
        RecoveryAssessment assessment = recovered.recovery();
        NodeNames names = new NodeNames(text, geography, recovered.snapshot().snapshot().portfolio());
        List<NodeRecovery> shown = new RecoveryQuery(kind, false).select(assessment.nodes());
        List<NodeRow> exposed = shown.stream().filter(NodeRecovery::exposed).map(n -> row(text, names, n)).toList();
        double largest = shown.stream().mapToDouble(NodeRecovery::performanceImpactEur).max().orElse(0);
        List<Figure> figures = List.of(
                new Figure("figure-nodes", text.get(RecoveryText.FIGURE_NODES), text.count(shown.size())),
                new Figure("figure-exposed", text.get(RecoveryText.FIGURE_EXPOSED), text.count(exposed.size())),
                new Figure("figure-largest-impact", text.get(RecoveryText.FIGURE_LARGEST_IMPACT), eur(text, largest)));
        List<ActionRow> actions = new ArrayList<>();
        for (Action a : assessment.actions()) {
            String part = a.part().value();
            actions.add(new ActionRow(part, PartView.path(part), a.what().in(text.locale()), a.why().in(text.locale())));
        }
        SnapshotInfo info = recovered.snapshot().snapshot().info();
        String snapshotLine = text.get(PageText.SNAPSHOT_LINE, String.valueOf(info.id()), info.source(),
                text.dateTime(info.importedAt()), assessment.geographyVersion());
        return new RecoveryView(text, true, snapshotLine, kind == null ? "" : kind.code(), options(text, kind),
                figures, RecoveryChart.json(text, names, shown), shown.size(), exposed, actions,
                assessment.assumptions(),
                text.get(RecoveryText.VERSIONS, assessment.geographyVersion(), assessment.catalogueVersion()));
    }

    private static NodeRow row(Labels text, NodeNames names, NodeRecovery n) {
        List<PartRow> parts = n.parts().stream().map(p -> part(text, p)).toList();
        return new NodeRow(names.label(n.node()), names.href(n.node()), names.kind(n.node().kind()),
                n.node().kind().code(), days(text, n.ttrDays()), n.ttrBasis(), days(text, n.ttsDays()),
                eur(text, n.performanceImpactEur()), text.fraction(n.riskExposureIndex()),
                text.get(RecoveryText.PARTS_COUNT, parts.size()), parts.size() <= PARTS_OPEN, parts);
    }

    private static PartRow part(Labels text, PartRecovery p) {
        return new PartRow(p.partId(), PartView.path(p.partId()),
                text.get(RecoveryText.UNITS, text.number(p.lostUnits())), eur(text, p.lossEur()),
                days(text, p.ttsDays()));
    }

    private static List<KindOption> options(Labels text, NodeKind selected) {
        List<KindOption> options = new ArrayList<>();
        options.add(new KindOption("", text.get(RecoveryText.FILTER_ALL), selected == null));
        for (NodeKind kind : NodeKind.values()) {
            options.add(new KindOption(kind.code(), text.get(RecoveryText.valueOf("KINDS_" + kind.name())),
                    kind == selected));
        }
        return options;
    }

    /** {@code 12.5 days}; "never runs short" for no time to survive. */
    static String days(Labels text, Double days) {
        if (!finite(days)) {
            return text.get(RecoveryText.NEVER);
        }
        return text.get(RecoveryText.DAYS, text.number(Math.round(days * 10) / 10.0));
    }

    /** Whole euros: the impact is an LP optimum, cents would claim too much. */
    static String eur(Labels text, double amount) {
        return text.eur(BigDecimal.valueOf(Math.round(amount)));
    }

    /** A time to survive that ends: not null (never runs short) and not infinite. */
    static boolean finite(Double days) {
        return days != null && !days.isInfinite() && !days.isNaN();
    }
}
