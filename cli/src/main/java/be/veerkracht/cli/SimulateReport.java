package be.veerkracht.cli;

import be.veerkracht.i18n.Messages;
import be.veerkracht.simulation.montecarlo.ContributionKind;
import be.veerkracht.simulation.montecarlo.EventAssumption;
import be.veerkracht.simulation.montecarlo.LossContribution;
import be.veerkracht.simulation.montecarlo.PartRisk;
import be.veerkracht.simulation.montecarlo.StressTestAction;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The stress test for people: the expected loss and the tail first, then where it comes from and what to do. */
final class SimulateReport {

    /** The top of each list; the JSON has them all. */
    static final int SHOWN = 10;

    private static final String PART_ROW = "  %-16s %20s  %14s  %14s%n";
    private static final String CONTRIBUTION_ROW = "    %-24s %20s  %7s%n";

    private final Locale locale;
    private final Figures figures;

    SimulateReport(Locale locale) {
        this.locale = locale;
        this.figures = new Figures(locale);
    }

    void print(StressTestResult result, List<StressTestAction> actions, String sourceLine, PrintWriter out) {
        print(result, actions, sourceLine, null, out);
    }

    /** @param orderingCostEur the ordering cost of the (r, Q) policies, or null when parts keep their position */
    void print(StressTestResult result, List<StressTestAction> actions, String sourceLine,
               java.math.BigDecimal orderingCostEur, PrintWriter out) {
        StressTestSettings settings = result.settings();
        out.println(label(SimulateLabel.TITLE));
        out.println(sourceLine);
        out.println(label(SimulateLabel.SETTINGS, figures.number(settings.scenarios(), 0), figures.number(settings.horizonDays(), 0),
                Long.toString(settings.seed())));
        if (orderingCostEur != null) {
            out.println(label(SimulateLabel.REPLENISHMENT_REORDER_POINT, figures.eur(orderingCostEur.doubleValue())));
        }
        out.println();
        out.println(label(SimulateLabel.EXPECTED, figures.eur(result.expectedAnnualLossEur()),
                figures.eur(result.expectedLossStandardErrorEur() * 365.0 / settings.horizonDays())));
        out.println(label(SimulateLabel.RISK, figures.number(settings.horizonDays(), 0), figures.eur(result.var95Eur()),
                figures.eur(result.cvar95Eur()), figures.eur(result.var99Eur()), figures.eur(result.cvar99Eur())));
        out.println(label(SimulateLabel.STOCKOUT, figures.percent(result.stockoutProbability(), 1),
                figures.number(result.meanOccurrences(), 2)));
        out.println();
        List<PartRisk> losing = result.parts().stream().filter(p -> p.expectedLossEur() > 0).toList();
        if (losing.isEmpty()) {
            out.println(label(SimulateLabel.NONE));
        } else {
            out.println(label(SimulateLabel.PARTS_HEADER, figures.number(result.parts().size(), 0)));
            out.printf(Locale.ROOT, PART_ROW, (Object[]) label(SimulateLabel.PART_COLUMNS).split(" \\| "));
            for (PartRisk part : losing.subList(0, Math.min(SHOWN, losing.size()))) {
                out.printf(Locale.ROOT, PART_ROW, part.partId(),
                        figures.eur(part.expectedLossEur() * 365.0 / settings.horizonDays()),
                        figures.percent(part.fillRate(), 1), figures.percent(part.stockoutProbability(), 1));
            }
            out.println();
            out.println(label(SimulateLabel.CONTRIBUTORS));
            contributions(out, SimulateLabel.BY_SUPPLIER, result.contributions(ContributionKind.SUPPLIER), settings);
            contributions(out, SimulateLabel.BY_COUNTRY, result.contributions(ContributionKind.COUNTRY), settings);
            contributions(out, SimulateLabel.BY_ZONE, result.contributions(ContributionKind.ZONE), settings);
            contributions(out, SimulateLabel.BY_EVENT, result.contributions(ContributionKind.EVENT), settings);
        }
        if (!actions.isEmpty()) {
            out.println();
            out.println(label(SimulateLabel.ACTIONS));
            for (StressTestAction action : actions) {
                out.println("  - " + label(SimulateLabel.ACTION_LINE, action.action().part().value(),
                        action.action().what().in(locale), figures.eur(action.partExpectedAnnualLossEur()),
                        figures.percent(action.partStockoutProbability(), 1)));
            }
        }
        if (!result.excludedParts().isEmpty()) {
            out.println();
            out.println(label(SimulateLabel.EXCLUDED, String.join("; ", result.excludedParts())));
        }
        out.println();
        out.println(label(SimulateLabel.RATES));
        for (EventAssumption rate : result.eventRates()) {
            if (rate.sourcesHit() > 0) {
                out.println("  - " + label(SimulateLabel.RATE_LINE, rate.event(), rate.appliesTo(),
                        figures.number(rate.annualRate(), 3), figures.number(rate.medianDays(), 0), figures.number(rate.p90Days(), 0),
                        rate.sourcesHit()));
            }
        }
        out.println();
        out.println(label(SimulateLabel.ASSUMPTIONS));
        result.assumptions().forEach(rule -> out.println("  - " + rule));
        out.println(label(SimulateLabel.VERSIONS, result.catalogueVersion(), result.geographyVersion()));
    }

    private void contributions(PrintWriter out, SimulateLabel heading, List<LossContribution> list,
                               StressTestSettings settings) {
        if (list.isEmpty()) {
            return;
        }
        out.println("  " + label(heading));
        for (LossContribution c : list.subList(0, Math.min(SHOWN, list.size()))) {
            out.printf(Locale.ROOT, CONTRIBUTION_ROW, c.key(),
                    figures.eur(c.expectedLossEur() * 365.0 / settings.horizonDays()), figures.percent(c.share(), 1));
        }
    }

    private String label(SimulateLabel key, Object... args) {
        return Messages.format(key, locale, args);
    }
}
