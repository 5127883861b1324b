package be.veerkracht.cli;

import be.veerkracht.action.Action;
import be.veerkracht.exposure.recovery.NodeRecovery;
import be.veerkracht.exposure.recovery.PartRecovery;
import be.veerkracht.exposure.recovery.RecoveryAssessment;
import be.veerkracht.i18n.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The time-to-survive analysis for people: the nodes with the largest impact, exposed ones marked with the parts that
 * run short, then the actions, in the user's language and numbers.
 */
final class ExposureReport {

    /** The nodes a purchasing director reads; the rest is in the JSON. */
    static final int SHOWN_NODES = 20;
    /** Parts named under an exposed node. */
    static final int SHOWN_PARTS = 5;
    /** Actions listed. */
    static final int SHOWN_ACTIONS = 10;

    private static final String ROW = "  %-24s %-9s %9s %9s %18s %6s  %s%n";

    private final Locale locale;
    private final Figures figures;

    ExposureReport(Locale locale) {
        this.locale = locale;
        this.figures = new Figures(locale);
    }

    void print(RecoveryAssessment assessment, String sourceLine, PrintWriter out) {
        out.println(label(ExposureLabel.TITLE));
        out.println(sourceLine);
        long exposed = assessment.nodes().stream().filter(NodeRecovery::exposed).count();
        out.println(label(ExposureLabel.SUMMARY, figures.number(assessment.nodes().size(), 0), figures.number(exposed, 0)));
        out.println();
        out.println(label(ExposureLabel.NODES_HEADER));
        String[] columns = label(ExposureLabel.COLUMNS).split(" \\| ");
        out.printf(Locale.ROOT, ROW, columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], "");
        List<NodeRecovery> shown = assessment.nodes().subList(0, Math.min(SHOWN_NODES, assessment.nodes().size()));
        for (NodeRecovery node : shown) {
            out.printf(Locale.ROOT, ROW, node.node().id(), node.node().kind().code(), figures.number(node.ttrDays(), 0),
                    node.ttsDays() == null ? label(ExposureLabel.NEVER) : figures.number(node.ttsDays(), 1),
                    figures.eur(node.performanceImpactEur()), figures.number(node.riskExposureIndex(), 2),
                    node.exposed() ? label(ExposureLabel.EXPOSED) : "");
            if (node.exposed()) {
                List<String> parts = node.parts().stream().filter(p -> p.lostUnits() > 0).limit(SHOWN_PARTS)
                        .map(this::part).toList();
                if (!parts.isEmpty()) {
                    out.println("      " + label(ExposureLabel.PARTS, String.join(", ", parts)));
                }
            }
        }
        if (assessment.nodes().size() > SHOWN_NODES) {
            out.println("  " + label(ExposureLabel.MORE, figures.number(assessment.nodes().size() - SHOWN_NODES, 0)));
        }
        out.println();
        if (assessment.actions().isEmpty()) {
            out.println(label(ExposureLabel.NONE_EXPOSED));
        } else {
            out.println(label(ExposureLabel.ACTIONS_HEADER));
            for (Action action : assessment.actions().subList(0,
                    Math.min(SHOWN_ACTIONS, assessment.actions().size()))) {
                out.println("  - " + action.what().in(locale));
                out.println("    " + action.why().in(locale));
            }
        }
        out.println();
        out.println(label(ExposureLabel.ASSUMPTIONS));
        assessment.assumptions().forEach(rule -> out.println("  - " + rule));
        out.println(label(ExposureLabel.VERSIONS, assessment.geographyVersion(), assessment.catalogueVersion()));
    }

    private String part(PartRecovery part) {
        return part.partId() + " " + figures.eur(part.lossEur());
    }

    private String label(ExposureLabel key, Object... args) {
        return Messages.format(key, locale, args);
    }
}
