package be.veerkracht.web.screening;

import be.veerkracht.compliance.Embargo;
import be.veerkracht.store.screening.ScreeningResult;
import be.veerkracht.web.page.Labels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule of the export-control rule set (an EU embargo or ban on a country) with the counterparties in that
 * country: 18 suppliers in one country read as one finding, as the CLI prints them.
 */
public record ConcernRow(String rule, String country, String kind, String text, String source,
                         List<String> counterparties) {

    public ConcernRow {
        counterparties = List.copyOf(counterparties);
    }

    /** One row per rule, in the order the screening met them. */
    static List<ConcernRow> of(Labels text, List<ScreeningResult.CountryConcern> concerns) {
        Map<Embargo, List<String>> byRule = new LinkedHashMap<>();
        for (ScreeningResult.CountryConcern concern : concerns) {
            byRule.computeIfAbsent(concern.rule(), rule -> new ArrayList<>())
                    .add(concern.who().ref() + " (" + concern.who().name() + ")");
        }
        List<ConcernRow> rows = new ArrayList<>();
        byRule.forEach((rule, who) -> rows.add(new ConcernRow(rule.id(), text.country(rule.country()),
                text.get(ScreeningText.valueOf("CONCERN_" + rule.kind().name())), rule.text(), rule.source(), who)));
        return rows;
    }
}
