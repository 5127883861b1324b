package be.veerkracht.web.api;

import be.veerkracht.allocation.FrontierPoint;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.PortfolioAllocationResult;
import be.veerkracht.allocation.SplitOutcome;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.PartSplits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/v1/parts/{id}/split} as JSON (schema {@code PartSplit} of the OpenAPI document): the fields of a
 * part object of {@code veerkracht optimize-split --format json} (schema {@code veerkracht/optimize-split-portfolio/1})
 * under the same names, plus the settings and the snapshot. EUR to the cent, units to 4 decimals, messages in
 * English. A part with fewer than two sources export control admits has {@code "optimum": null} and a {@code reason}.
 */
final class SplitDocument {

    private SplitDocument() {
    }

    static Map<String, Object> of(AssessedSnapshot assessed, String partId, PartSplits.Settings settings,
                                  PortfolioAllocationResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("snapshot_id", assessed.snapshot().info().id());
        root.put("part", partId);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cvar_weight", settings.cvarWeight());
        s.put("cvar_alpha", settings.cvarAlpha());
        s.put("scenarios", settings.scenarios());
        s.put("seed", settings.seed());
        s.put("frontier_points", PartSplits.FRONTIER_POINTS);
        root.put("settings", s);
        root.put("method", PartSplits.METHOD);
        PartAllocation part = PartSplits.part(result, partId).orElse(null);
        if (part == null) {
            root.put("reason", "no split is computed: the part has fewer than two sources export control admits, "
                    + "so there is nothing to split");
            root.put("optimum", null);
            root.put("current", null);
            root.put("eighty_twenty", null);
            root.put("fifty_fifty", null);
            root.put("frontier", List.of());
            root.put("explanation", List.of());
            return root;
        }
        root.put("reason", null);
        root.put("demand_units", units(part.demandUnits()));
        root.put("shortage_cost_eur_per_unit", eur(part.shortageCostEurPerUnit()));
        List<Map<String, Object>> sources = new ArrayList<>();
        for (int i = 0; i < part.sourceIds().size(); i++) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("id", part.sourceIds().get(i));
            source.put("price_eur_per_unit", eur(part.prices().get(i)));
            sources.add(source);
        }
        root.put("sources", sources);
        root.put("sampling", part.method().name().toLowerCase(Locale.ROOT));
        root.put("sample_size", part.sampleSize());
        root.put("distinct_scenarios", part.distinctScenarios());
        root.put("optimum", outcome(part.optimum()));
        root.put("current", part.current() == null ? null : outcome(part.current()));
        root.put("eighty_twenty", part.eightyTwenty() == null ? null : outcome(part.eightyTwenty()));
        root.put("fifty_fifty", part.fiftyFifty() == null ? null : outcome(part.fiftyFifty()));
        root.put("frontier", frontier(part.frontier()));
        root.put("explanation", part.explanation().stream().map(text -> text.in(Locale.ENGLISH)).toList());
        return root;
    }

    static Map<String, Object> outcome(SplitOutcome outcome) {
        Map<String, Object> o = new LinkedHashMap<>();
        Map<String, Object> allocation = new LinkedHashMap<>();
        outcome.unitsBySource().forEach((source, units) -> allocation.put(source, units(units)));
        o.put("allocation", allocation);
        o.put("expected_cost", eur(outcome.expectedCostEur()));
        o.put("cvar", eur(outcome.cvarEur()));
        o.put("objective", eur(outcome.objectiveEur()));
        o.put("expected_shortage", units(outcome.expectedShortageUnits()));
        return o;
    }

    private static List<Map<String, Object>> frontier(List<FrontierPoint> points) {
        List<Map<String, Object>> frontier = new ArrayList<>();
        for (FrontierPoint point : points) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("cvar_weight", point.cvarWeight());
            f.put("expected_cost", eur(point.expectedCostEur()));
            f.put("cvar", eur(point.cvarEur()));
            Map<String, Object> allocation = new LinkedHashMap<>();
            point.unitsBySource().forEach((source, units) -> allocation.put(source, units(units)));
            f.put("allocation", allocation);
            frontier.add(f);
        }
        return frontier;
    }

    static BigDecimal eur(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal units(double units) {
        return BigDecimal.valueOf(units).setScale(4, RoundingMode.HALF_EVEN);
    }
}
