package be.veerkracht.cli;

import be.veerkracht.action.Action;
import be.veerkracht.allocation.AllocationSettings;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.PortfolioAllocationResult;
import be.veerkracht.allocation.SplitOutcome;
import be.veerkracht.web.api.SplitFields;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON of {@code optimize-split}: schemas {@code veerkracht/optimize-split/1} (one decision) and
 * {@code veerkracht/optimize-split-portfolio/1} (docs/schemas/optimize-split*.schema.json). EUR to the cent, units
 * to 4 decimals, shares of demand to 6; messages in English.
 */
final class OptimizeSplitDocument {

    static final String SINGLE_SCHEMA = "veerkracht/optimize-split/1";
    static final String PORTFOLIO_SCHEMA = "veerkracht/optimize-split-portfolio/1";

    /** The unit of every number, as the documents state them. */
    static final Map<String, String> UNITS = units();

    private OptimizeSplitDocument() {
    }

    private static Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("allocation", "units per year (per period in the single decision)");
        units.put("expected_cost", "EUR per year");
        units.put("cvar", "EUR per year");
        units.put("objective", "EUR per year");
        units.put("expected_shortage", "units per year");
        units.put("standard_error", "EUR per year");
        return units;
    }

    /** The single decision: the fields first ({@code allocation}, {@code expected_cost}, ...). */
    static Map<String, Object> single(PartAllocation result, List<String> explanation) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schema", SINGLE_SCHEMA);
        document.putAll(outcome(result.optimum()));
        document.put("demand_units", units(result.demandUnits()));
        document.put("shortage_cost_eur_per_unit", eur(result.shortageCostEurPerUnit()));
        document.put("cvar_weight", result.risk().cvarWeight());
        document.put("cvar_alpha", result.risk().cvarAlpha());
        document.put("method", result.method().name().toLowerCase(Locale.ROOT));
        document.put("scenarios", result.sampleSize());
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("eighty_twenty", result.eightyTwenty() == null ? null : outcome(result.eightyTwenty()));
        comparison.put("fifty_fifty", result.fiftyFifty() == null ? null : outcome(result.fiftyFifty()));
        document.put("comparison", comparison);
        document.put("frontier", SplitFields.frontier(result.frontier()));
        document.put("explanation", explanation);
        document.put("units", UNITS);
        return document;
    }

    static Map<String, Object> portfolio(PortfolioAllocationResult result) {
        AllocationSettings settings = result.settings();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schema", PORTFOLIO_SCHEMA);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cvar_weight", settings.risk().cvarWeight());
        s.put("cvar_alpha", settings.risk().cvarAlpha());
        s.put("scenarios", settings.scenarios());
        s.put("seed", settings.seed());
        s.put("min_share", settings.minShare());
        s.put("max_country_share", settings.limits().maxCountryShare());
        s.put("max_zone_share", settings.limits().maxZoneShare());
        s.put("max_footprint_share", settings.limits().maxFootprintShare());
        s.put("licensed_sources", settings.exportPolicy().withLicence().name().toLowerCase(Locale.ROOT));
        s.put("unclassified_parts", settings.exportPolicy().classifyFirst().name().toLowerCase(Locale.ROOT));
        s.put("qualification_amortisation_years", settings.amortisationYears());
        document.put("settings", s);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (PartAllocation part : result.parts()) {
            parts.add(part(part));
        }
        document.put("parts", parts);
        document.put("without_choice", result.withoutChoice());
        List<Map<String, Object>> actions = new ArrayList<>();
        for (Action action : result.actions()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("kind", action.kind());
            a.put("part", action.part().value());
            a.put("what", action.what().in(Locale.ENGLISH));
            a.put("why", action.why().in(Locale.ENGLISH));
            a.put("expected_effect", action.expectedEffect().in(Locale.ENGLISH));
            a.put("spend_at_stake_eur", action.spendAtStakeEur().setScale(2, RoundingMode.HALF_EVEN));
            a.put("origin", action.origin());
            actions.add(a);
        }
        document.put("actions", actions);
        document.put("assumptions", PortfolioAllocationResult.ASSUMPTIONS);
        document.put("geography_version", result.geographyVersion());
        document.put("units", UNITS);
        return document;
    }

    private static Map<String, Object> part(PartAllocation part) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("part", part.partId());
        SplitFields.part(p, part, "method", true);
        return p;
    }

    static Map<String, Object> outcome(SplitOutcome outcome) {
        return SplitFields.outcome(outcome, true);
    }

    static BigDecimal eur(double amount) {
        return SplitFields.eur(amount);
    }

    static BigDecimal units(double units) {
        return SplitFields.units(units);
    }
}
