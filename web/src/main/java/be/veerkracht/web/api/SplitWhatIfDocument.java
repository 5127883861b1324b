package be.veerkracht.web.api;

import be.veerkracht.allocation.CandidateOutcome;
import be.veerkracht.allocation.CandidateSource;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.StressedPart;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.PartSplits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/parts/{id}/split/what-if} as JSON (schema {@code PartSplitWhatIf} of the OpenAPI document): the
 * candidate as understood, the split {@code before} and {@code after} adding it (each the fields of
 * {@code GET /api/v1/parts/{id}/split}, by {@link SplitFields}), the shares at the new optimum and the part's stress
 * test {@code before} and {@code after}. EUR to the cent, shares and rates to 6 decimals, messages in English.
 */
final class SplitWhatIfDocument {

    private SplitWhatIfDocument() {
    }

    static Map<String, Object> of(AssessedSnapshot assessed, PartSplits.Settings settings, CandidateOutcome outcome,
                                  ReferenceGeography geography) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("snapshot_id", assessed.snapshot().info().id());
        root.put("part", outcome.partId());
        root.put("candidate", candidate(outcome.candidate(), geography));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cvar_weight", settings.cvarWeight());
        s.put("cvar_alpha", settings.cvarAlpha());
        s.put("scenarios", settings.scenarios());
        s.put("seed", settings.seed());
        s.put("frontier_points", PartSplits.FRONTIER_POINTS);
        s.put("stress_scenarios", outcome.stressSettings().scenarios());
        s.put("stress_horizon_days", outcome.stressSettings().horizonDays());
        root.put("settings", s);
        root.put("method", PartSplits.METHOD);
        root.put("before", split(outcome.split().before()));
        root.put("after", split(outcome.split().after()));
        root.put("objective_gain_eur", SplitFields.eur(outcome.split().objectiveGainEur()));
        Map<String, Object> shares = new LinkedHashMap<>();
        outcome.sharesAfter().forEach((source, share) -> shares.put(source, sixDecimals(share)));
        root.put("shares_after", shares);
        Map<String, Object> stress = new LinkedHashMap<>();
        stress.put("before", stressed(outcome.stressBefore()));
        stress.put("after", stressed(outcome.stressAfter()));
        stress.put("loss_avoided_eur_per_year", SplitFields.eur(outcome.stressLossAvoidedEur()));
        stress.put("loss_avoided_standard_error_eur", SplitFields.eur(outcome.stressLossAvoidedStandardErrorEur()));
        root.put("stress_test", stress);
        return root;
    }

    private static Map<String, Object> candidate(CandidateSource c, ReferenceGeography geography) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source_id", c.sourceId());
        m.put("name", c.name());
        m.put("country", c.country().alpha2());
        m.put("zone", geography.zoneOf(c.country()).orElse(null));
        m.put("price_eur", c.priceEurPerUnit());
        m.put("lead_time_days", c.leadTimeDays());
        m.put("capacity_units_per_year", c.capacityUnitsPerYear());
        m.put("qualification_days", c.qualificationDays());
        m.put("qualification_cost_eur", c.qualificationCostEur());
        m.put("transport_mode", c.transportMode() == null ? null : c.transportMode().code());
        return m;
    }

    private static Map<String, Object> split(PartAllocation part) {
        Map<String, Object> m = new LinkedHashMap<>();
        SplitFields.part(m, part, "sampling", false);
        return m;
    }

    private static Map<String, Object> stressed(StressedPart p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("expected_annual_loss_eur", SplitFields.eur(p.expectedAnnualLossEur()));
        m.put("standard_error_eur", SplitFields.eur(p.standardErrorEur()));
        m.put("cvar95_eur", SplitFields.eur(p.cvar95Eur()));
        m.put("stockout_probability", sixDecimals(p.stockoutProbability()));
        m.put("fill_rate", sixDecimals(p.fillRate()));
        return m;
    }

    private static BigDecimal sixDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
    }
}
