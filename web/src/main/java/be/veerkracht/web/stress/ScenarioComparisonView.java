package be.veerkracht.web.stress;

import be.veerkracht.simulation.PartLoss;
import be.veerkracht.simulation.ScenarioResult;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PartView;
import java.util.ArrayList;
import java.util.List;

/**
 * Named scenarios side by side: one column per scenario, or the message why they could not run.
 *
 * @param columns the scenarios that ran, in the form's order; empty with an error
 * @param error   the first bad event named, in the visitor's language (the reason itself in English); null when all ran
 */
public record ScenarioComparisonView(Labels text, String horizonLine, List<Column> columns, int partRows,
                                     String error) {

    /** Parts listed per scenario, largest loss first. */
    public static final int TOP_PARTS = 10;

    public ScenarioComparisonView {
        columns = List.copyOf(columns);
    }

    /** One scenario: its events, exact total, parts hit, and its largest losses. */
    public record Column(String title, String events, String totalLoss, String partsHit, List<PartCell> parts) {
    }

    /** A part and what it loses in one scenario (exact EUR, lost units). */
    public record PartCell(String part, String href, String loss, String units) {
    }

    public String get(StressText key, Object... args) {
        return text.get(key, args);
    }

    public boolean hasColumns() {
        return !columns.isEmpty();
    }

    /** The cell of row {@code row} in {@code column}; null past its parts. */
    public PartCell part(Column column, int row) {
        return row < column.parts().size() ? column.parts().get(row) : null;
    }

    public static ScenarioComparisonView error(Labels text, String message) {
        return new ScenarioComparisonView(text, "", List.of(), 0, message);
    }

    public static ScenarioComparisonView of(Labels text, int horizonDays, List<String> lines,
                                            List<ScenarioResult> results) {
        List<Column> columns = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < results.size(); i++) {
            ScenarioResult r = results.get(i);
            List<PartCell> parts = r.parts().stream().limit(TOP_PARTS).map(p -> cell(text, p)).toList();
            rows = Math.max(rows, parts.size());
            columns.add(new Column(text.get(StressText.SCENARIO_N, String.valueOf(i + 1)), lines.get(i),
                    StressFormat.exactEur(text, r.totalLossEur()), text.count(r.parts().size()), parts));
        }
        return new ScenarioComparisonView(text, text.get(StressText.SCENARIO_HORIZON, text.count(horizonDays)),
                columns, rows, null);
    }

    private static PartCell cell(Labels text, PartLoss p) {
        return new PartCell(p.partId(), PartView.path(p.partId()), StressFormat.exactEur(text, p.lossEur()),
                text.get(StressText.UNITS, StressFormat.number(text, p.lostUnits(), 1)));
    }
}
