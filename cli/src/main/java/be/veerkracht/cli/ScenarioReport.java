package be.veerkracht.cli;

import be.veerkracht.i18n.Messages;
import be.veerkracht.simulation.PartLoss;
import be.veerkracht.simulation.ScenarioOutages;
import be.veerkracht.simulation.ScenarioResult;
import java.io.PrintWriter;
import java.util.Locale;

/** The scenario for people: the total first, then the parts that lose most, in the user's language and numbers. */
final class ScenarioReport {

    /** A purchasing director reads the top of the list; the rest is in the JSON. */
    static final int SHOWN_PARTS = 25;

    /** Part, lost units, loss, fill rate: the label's four columns and every row share these widths. */
    private static final String ROW = "  %-16s %18s  %20s  %15s%n";

    private final Locale locale;
    private final Figures figures;

    ScenarioReport(Locale locale) {
        this.locale = locale;
        this.figures = new Figures(locale);
    }

    void print(ScenarioResult result, String sourceLine, PrintWriter out) {
        out.println(label(ScenarioLabel.TITLE));
        out.println(sourceLine);
        for (ScenarioOutages.ResolvedEvent event : result.events()) {
            out.println(label(ScenarioLabel.EVENT, event.event().label(), figures.number(event.days(), 0),
                    figures.number(event.outages().size(), 0), figures.number(event.delays().size(), 0)));
        }
        out.println(label(ScenarioLabel.HORIZON, figures.number(result.horizonDays(), 0)));
        out.println();
        out.println(label(ScenarioLabel.TOTAL, figures.eur(result.totalLossEur())));
        if (result.parts().isEmpty()) {
            out.println(label(ScenarioLabel.NONE));
        } else {
            out.println(label(ScenarioLabel.PARTS_HEADER, figures.number(result.parts().size(), 0)));
            String[] columns = label(ScenarioLabel.COLUMNS).split(" \\| ");
            out.printf(Locale.ROOT, ROW, (Object[]) columns);
            for (PartLoss part : result.parts().subList(0, Math.min(SHOWN_PARTS, result.parts().size()))) {
                out.printf(Locale.ROOT, ROW, part.partId(), figures.number(part.lostUnits(), 1),
                        figures.eur(part.lossEur()), figures.percent(part.fillRate(), 1));
            }
            if (result.parts().size() > SHOWN_PARTS) {
                out.println("  " + label(ScenarioLabel.MORE, figures.number(result.parts().size() - SHOWN_PARTS, 0)));
            }
        }
        out.println();
        out.println(label(ScenarioLabel.ASSUMPTIONS));
        result.assumptions().forEach(rule -> out.println("  - " + rule));
    }

    private String label(ScenarioLabel key, Object... args) {
        return Messages.format(key, locale, args);
    }
}
