package be.veerkracht.web.page;

import be.veerkracht.allocation.FrontierPoint;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.SplitOutcome;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.PartSplits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Volume split" section of the part page (docs/allocation.md, "On the web"): the optimum, today's split, 80/20
 * and 50/50 on the same scenarios, the frontier over λ and the explanation, at {@link PartSplits.Settings#PAGE}, every
 * figure formatted for the visitor. The figures are those of {@link PartSplits}, computed once per snapshot; loaded
 * into the page by htmx from {@code /parts/{id}/split} so the page itself stays fast.
 *
 * @param shown         false for a part without a choice of source: then only {@code none} is said
 * @param frontierChart the frontier for {@code static/app/split.js} ({@link FrontierChart}); "" when not shown
 */
public record PartSplitView(Labels text, String part, boolean shown, String none, String intro,
                            List<OutcomeRow> rows, List<FrontierRow> frontier, String frontierChart,
                            List<String> explanation, String method) {

    public PartSplitView {
        rows = List.copyOf(rows);
        frontier = List.copyOf(frontier);
        explanation = List.copyOf(explanation);
    }

    /** @param key {@code optimum}, {@code current}, {@code eighty_twenty}, {@code fifty_fifty}, as in the API */
    public record OutcomeRow(String key, String label, String split, String expectedCost, String cvar,
                             String expectedShortage) {
    }

    public record FrontierRow(String cvarWeight, String split, String expectedCost, String cvar) {
    }

    /** @throws PageError 404 when there is no snapshot or it has no part {@code id} */
    static PartSplitView of(Labels text, Optional<AssessedSnapshot> latest, PartSplits splits, String id) {
        AssessedSnapshot assessed = withPart(text, latest, id);
        PartSplits.Settings settings = PartSplits.Settings.PAGE;
        String intro = text.get(PageText.PART_SPLIT_INTRO, text.number(settings.scenarios()),
                text.fraction(settings.cvarWeight()), text.fraction(settings.cvarAlpha()),
                Long.toString(settings.seed()));
        String method = text.get(PageText.PART_SPLIT_METHOD, PartSplits.METHOD);
        Optional<PartAllocation> found = PartSplits.part(splits.of(assessed, settings), id);
        if (found.isEmpty()) {
            return new PartSplitView(text, id, false, text.get(PageText.PART_SPLIT_NONE), intro, List.of(),
                    List.of(), "", List.of(), method);
        }
        PartAllocation a = found.get();
        List<OutcomeRow> rows = new ArrayList<>();
        add(rows, text, a, "optimum", PageText.PART_SPLIT_OPTIMUM, a.optimum());
        add(rows, text, a, "current", PageText.PART_SPLIT_CURRENT, a.current());
        add(rows, text, a, "eighty_twenty", PageText.PART_SPLIT_EIGHTY_TWENTY, a.eightyTwenty());
        add(rows, text, a, "fifty_fifty", PageText.PART_SPLIT_FIFTY_FIFTY, a.fiftyFifty());
        List<FrontierRow> frontier = a.frontier().stream().map(p -> new FrontierRow(text.fraction(p.cvarWeight()),
                split(text, p.unitsBySource(), a.demandUnits()), eur(text, p.expectedCostEur()),
                eur(text, p.cvarEur()))).toList();
        List<String> why = a.explanation().stream().map(t -> t.in(text.locale())).toList();
        String chart = new FrontierChart(text).line(PageText.PART_SPLIT_CHART_FRONTIER, a.frontier()).json();
        return new PartSplitView(text, id, true, "", intro, rows, frontier, chart, why, method);
    }

    /** The snapshot, when it has part {@code id}; else a 404. */
    static AssessedSnapshot withPart(Labels text, Optional<AssessedSnapshot> latest, String id) {
        PageError notFound = new PageError(404, text.get(PageText.PART_NOT_FOUND, id));
        AssessedSnapshot assessed = latest.orElseThrow(() -> notFound);
        try {
            assessed.snapshot().portfolio().part(new PartId(id)).orElseThrow(() -> notFound);
        } catch (IllegalArgumentException impossibleId) {
            throw notFound;
        }
        return assessed;
    }

    /** A row of the comparison table; nothing when {@code outcome} is null. */
    static void add(List<OutcomeRow> rows, Labels text, PartAllocation a, String key, PageText label,
                            SplitOutcome outcome) {
        if (outcome == null) {
            return;
        }
        rows.add(new OutcomeRow(key, text.get(label), split(text, outcome.unitsBySource(), a.demandUnits()),
                eur(text, outcome.expectedCostEur()), eur(text, outcome.cvarEur()),
                text.number(outcome.expectedShortageUnits())));
    }

    /** "S01 60 % · S03 40 %": the sources given anything, with their share of demand. */
    static String split(Labels text, Map<String, Double> units, double demand) {
        List<String> parts = new ArrayList<>();
        units.forEach((source, u) -> {
            if (u > 1e-9) {
                parts.add(source + " " + (demand > 0 ? text.percent(u / demand) : text.number(u)));
            }
        });
        return String.join(" · ", parts);
    }

    static String eur(Labels text, double amount) {
        return text.eur(BigDecimal.valueOf(Math.round(amount)));
    }
}
