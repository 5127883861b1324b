package be.veerkracht.web.api;

import be.veerkracht.allocation.FrontierPoint;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.SplitOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON fields of a volume split, one mapping for {@code veerkracht optimize-split --format json} (schemas
 * {@code veerkracht/optimize-split/1} and {@code veerkracht/optimize-split-portfolio/1}) and
 * {@code GET /api/v1/parts/{id}/split}, so the two cannot drift. EUR to the cent, units to 4 decimals, messages in
 * English.
 */
public final class SplitFields {

    private SplitFields() {
    }

    /**
     * A part's fields from {@code demand_units} to {@code explanation}.
     *
     * @param samplingKey the name of the exact-or-sampled field: {@code method} on the command line, {@code sampling}
     *                    in the API (whose {@code method} is the documentation's path)
     * @param outOfSample whether the out-of-sample valuation and each outcome's standard error are included (the
     *                    command line's portfolio run has them; the API's page settings do not)
     */
    public static void part(Map<String, Object> target, PartAllocation part, String samplingKey,
                            boolean outOfSample) {
        target.put("demand_units", units(part.demandUnits()));
        target.put("shortage_cost_eur_per_unit", eur(part.shortageCostEurPerUnit()));
        List<Map<String, Object>> sources = new ArrayList<>();
        for (int i = 0; i < part.sourceIds().size(); i++) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("id", part.sourceIds().get(i));
            source.put("price_eur_per_unit", eur(part.prices().get(i)));
            sources.add(source);
        }
        target.put("sources", sources);
        target.put(samplingKey, part.method().name().toLowerCase(Locale.ROOT));
        target.put("sample_size", part.sampleSize());
        target.put("distinct_scenarios", part.distinctScenarios());
        target.put("optimum", outcome(part.optimum(), outOfSample));
        target.put("current", part.current() == null ? null : outcome(part.current(), outOfSample));
        target.put("eighty_twenty", part.eightyTwenty() == null ? null : outcome(part.eightyTwenty(), outOfSample));
        target.put("fifty_fifty", part.fiftyFifty() == null ? null : outcome(part.fiftyFifty(), outOfSample));
        if (outOfSample) {
            target.put("out_of_sample", part.outOfSample() == null ? null : outcome(part.outOfSample(), true));
        }
        target.put("frontier", frontier(part.frontier()));
        target.put("explanation", part.explanation().stream().map(text -> text.in(Locale.ENGLISH)).toList());
    }

    /** {@code allocation} (units by source), {@code expected_cost}, {@code cvar}, {@code objective}, the shortage. */
    public static Map<String, Object> outcome(SplitOutcome outcome, boolean withStandardError) {
        Map<String, Object> o = new LinkedHashMap<>();
        Map<String, Object> allocation = new LinkedHashMap<>();
        outcome.unitsBySource().forEach((source, units) -> allocation.put(source, units(units)));
        o.put("allocation", allocation);
        o.put("expected_cost", eur(outcome.expectedCostEur()));
        o.put("cvar", eur(outcome.cvarEur()));
        o.put("objective", eur(outcome.objectiveEur()));
        o.put("expected_shortage", units(outcome.expectedShortageUnits()));
        if (withStandardError) {
            o.put("standard_error", eur(outcome.standardErrorEur()));
        }
        return o;
    }

    /** The cost/CVaR frontier: per weight of the tail, {@code expected_cost}, {@code cvar} and the allocation. */
    public static List<Map<String, Object>> frontier(List<FrontierPoint> points) {
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

    /** EUR to the cent. */
    public static BigDecimal eur(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Units to 4 decimals. */
    public static BigDecimal units(double units) {
        return BigDecimal.valueOf(units).setScale(4, RoundingMode.HALF_EVEN);
    }
}
