package be.veerkracht.cli;

import be.veerkracht.action.Action;
import be.veerkracht.allocation.FrontierPoint;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.PortfolioAllocationResult;
import be.veerkracht.allocation.SplitOutcome;
import be.veerkracht.i18n.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The text report of {@code optimize-split}, in the user's language. */
final class OptimizeSplitReport {

    private final Locale locale;
    private final Figures figures;

    OptimizeSplitReport(Locale locale) {
        this.locale = locale;
        this.figures = new Figures(locale);
    }

    void single(PartAllocation result, PrintWriter out) {
        out.println(label(OptimizeSplitLabel.TITLE_SINGLE, result.sourceIds().size(),
                figures.number(result.demandUnits(), 0), figures.eur(result.shortageCostEurPerUnit())));
        settings(result, out);
        out.println(label(OptimizeSplitLabel.EXACT, result.sampleSize()));
        out.println();
        table(result, out);
        out.println();
        out.println(label(OptimizeSplitLabel.ALLOCATION, allocation(result.optimum())));
        frontier(result.frontier(), out);
        why(result, out);
    }

    void portfolio(PortfolioAllocationResult result, String sourceLine, int limit, PrintWriter out) {
        out.println(label(OptimizeSplitLabel.TITLE_PORTFOLIO));
        out.println(sourceLine);
        out.println(label(OptimizeSplitLabel.SETTINGS, figures.number(result.settings().risk().cvarWeight(), 2),
                alpha(result.settings().risk().cvarAlpha()), figures.percent(1 - result.settings().risk().cvarAlpha(),
                        1)));
        out.println(label(OptimizeSplitLabel.SAMPLED, result.settings().scenarios(), String.valueOf(result.settings().seed())));
        out.println(label(OptimizeSplitLabel.PARTS, result.parts().size(), result.withoutChoice().size()));
        double inSample = 0;
        double outOfSample = 0;
        double largestError = 0;
        for (PartAllocation part : result.parts()) {
            inSample += part.optimum().expectedCostEur();
            if (part.outOfSample() != null) {
                outOfSample += part.outOfSample().expectedCostEur();
                largestError = Math.max(largestError, part.outOfSample().standardErrorEur());
            }
        }
        if (result.settings().outOfSample()) {
            out.println(label(OptimizeSplitLabel.OUT_OF_SAMPLE, figures.eur(outOfSample), figures.eur(inSample),
                    figures.eur(largestError)));
        }
        out.println();
        List<Action> actions = result.actions();
        out.println(label(OptimizeSplitLabel.ACTIONS, Math.min(limit, actions.size()), actions.size()));
        if (actions.isEmpty()) {
            out.println("  " + label(OptimizeSplitLabel.NONE));
        }
        for (int a = 0; a < Math.min(limit, actions.size()); a++) {
            Action action = actions.get(a);
            out.println(label(OptimizeSplitLabel.ACTION_LINE, a + 1, action.what().in(locale),
                    action.why().in(locale), action.expectedEffect().in(locale)));
        }
    }

    private void settings(PartAllocation result, PrintWriter out) {
        out.println(label(OptimizeSplitLabel.SETTINGS, figures.number(result.risk().cvarWeight(), 2),
                alpha(result.risk().cvarAlpha()), figures.percent(1 - result.risk().cvarAlpha(), 1)));
    }

    private void table(PartAllocation result, PrintWriter out) {
        out.println(label(OptimizeSplitLabel.COLUMNS));
        row(OptimizeSplitLabel.OPTIMUM, result.optimum(), out);
        row(OptimizeSplitLabel.CURRENT, result.current(), out);
        row(OptimizeSplitLabel.EIGHTY_TWENTY, result.eightyTwenty(), out);
        row(OptimizeSplitLabel.FIFTY_FIFTY, result.fiftyFifty(), out);
    }

    private void row(OptimizeSplitLabel name, SplitOutcome outcome, PrintWriter out) {
        if (outcome != null) {
            out.println(label(OptimizeSplitLabel.ROW, label(name), figures.eur(outcome.expectedCostEur()),
                    figures.eur(outcome.cvarEur()), figures.eur(outcome.objectiveEur()),
                    figures.number(outcome.expectedShortageUnits(), 2), allocation(outcome)));
        }
    }

    private void frontier(List<FrontierPoint> frontier, PrintWriter out) {
        if (frontier.isEmpty()) {
            return;
        }
        out.println(label(OptimizeSplitLabel.FRONTIER));
        for (FrontierPoint point : frontier) {
            out.println(label(OptimizeSplitLabel.FRONTIER_ROW, figures.number(point.cvarWeight(), 2),
                    figures.eur(point.expectedCostEur()), figures.eur(point.cvarEur())));
        }
    }

    private void why(PartAllocation result, PrintWriter out) {
        if (result.explanation().isEmpty()) {
            return;
        }
        out.println(label(OptimizeSplitLabel.WHY));
        result.explanation().forEach(text -> out.println("  - " + text.in(locale)));
    }

    private String allocation(SplitOutcome outcome) {
        return outcome.unitsBySource().entrySet().stream()
                .map(e -> e.getKey() + " " + figures.number(e.getValue(), 1)).collect(Collectors.joining(", "));
    }

    private String alpha(double alpha) {
        return figures.percent(alpha, 1);
    }

    private String label(OptimizeSplitLabel key, Object... args) {
        return Messages.format(key, locale, args);
    }
}
