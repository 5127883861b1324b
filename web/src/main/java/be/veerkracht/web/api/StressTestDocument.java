package be.veerkracht.web.api;

import be.veerkracht.simulation.montecarlo.ContributionKind;
import be.veerkracht.simulation.montecarlo.EventAssumption;
import be.veerkracht.simulation.montecarlo.EventScope;
import be.veerkracht.simulation.montecarlo.LossContribution;
import be.veerkracht.simulation.montecarlo.LossHistogram;
import be.veerkracht.simulation.montecarlo.PartRisk;
import be.veerkracht.simulation.montecarlo.StressTestAction;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The one JSON layout of a Monte Carlo stress test result (schema {@code veerkracht/stress-test/1},
 * {@code docs/schemas/stress-test.schema.json}): what {@code veerkracht simulate --format json} prints and what
 * {@code GET /api/v1/stress-tests/{id}} returns when the run has finished. Money is an estimate here: EUR rounded to
 * cents; probabilities and fill rates to 6 decimals. Texts are in English (machine output).
 */
public final class StressTestDocument {

    public static final String SCHEMA = "veerkracht/stress-test/1";
    /** Bins of the loss histogram. */
    public static final int HISTOGRAM_BINS = 30;

    private StressTestDocument() {
    }

    public static ObjectNode of(StressTestResult result, List<StressTestAction> actions) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        StressTestSettings settings = result.settings();
        root.putObject("settings").put("scenarios", settings.scenarios()).put("horizon_days", settings.horizonDays())
                .put("seed", settings.seed()).put("threads", settings.threads())
                .put("engine", settings.engine().name().toLowerCase(java.util.Locale.ROOT))
                .put("demand_noise", settings.demandNoise())
                .put("replenishment", result.replenishment());
        root.put("expected_annual_loss_eur", eur(result.expectedAnnualLossEur()));
        root.put("expected_loss_eur", eur(result.expectedLossEur()));
        root.put("expected_loss_standard_error_eur", eur(result.expectedLossStandardErrorEur()));
        root.put("var95_eur", eur(result.var95Eur()));
        root.put("cvar95_eur", eur(result.cvar95Eur()));
        root.put("var99_eur", eur(result.var99Eur()));
        root.put("cvar99_eur", eur(result.cvar99Eur()));
        root.put("stockout_probability", ratio(result.stockoutProbability()));
        root.put("mean_events_per_scenario", ratio(result.meanOccurrences()));
        ArrayNode parts = root.putArray("parts");
        for (PartRisk part : result.parts()) {
            parts.addObject().put("part_id", part.partId()).put("fill_rate", ratio(part.fillRate()))
                    .put("expected_loss_eur", eur(part.expectedLossEur()))
                    .put("expected_lost_units", ratio(part.expectedLostUnits()))
                    .put("stockout_probability", ratio(part.stockoutProbability()));
        }
        ObjectNode contributions = root.putObject("contributions");
        contributions(contributions.putArray("suppliers"), result.contributions(ContributionKind.SUPPLIER));
        contributions(contributions.putArray("countries"), result.contributions(ContributionKind.COUNTRY));
        contributions(contributions.putArray("zones"), result.contributions(ContributionKind.ZONE));
        contributions(contributions.putArray("footprints"), result.contributions(ContributionKind.EVENT).stream()
                .filter(c -> c.scope() == EventScope.FOOTPRINT).toList());
        contributions(contributions.putArray("events"), result.contributions(ContributionKind.EVENT));
        ArrayNode suggested = root.putArray("actions");
        for (StressTestAction action : actions) {
            ObjectNode node = suggested.addObject();
            AssessmentDocument.action(node, action.action());
            node.put("part_expected_annual_loss_eur", eur(action.partExpectedAnnualLossEur()))
                    .put("part_stockout_probability", ratio(action.partStockoutProbability()));
        }
        LossHistogram histogram = LossHistogram.of(result.scenarioLossEur(), HISTOGRAM_BINS);
        ObjectNode chart = root.putObject("loss_histogram").put("bin_width_eur", eur(histogram.binWidthEur()));
        ArrayNode counts = chart.putArray("counts");
        for (int count : histogram.counts()) {
            counts.add(count);
        }
        root.put("part_days_stepped", result.partDaysStepped());
        ArrayNode excluded = root.putArray("excluded_parts");
        result.excludedParts().forEach(excluded::add);
        ArrayNode assumptions = root.putArray("assumptions");
        result.assumptions().forEach(assumptions::add);
        ArrayNode rates = root.putArray("event_rates");
        for (EventAssumption rate : result.eventRates()) {
            rates.addObject().put("event", rate.event()).put("scope", rate.scope().name().toLowerCase(java.util.Locale.ROOT))
                    .put("applies_to", rate.appliesTo()).put("annual_rate", rate.annualRate())
                    .put("median_days", rate.medianDays()).put("p90_days", rate.p90Days())
                    .put("delay_days", rate.extraDays()).put("use_recovery_days", rate.usesRecoveryDays())
                    .put("source", rate.source()).put("streams", rate.streams())
                    .put("sources_hit", rate.sourcesHit());
        }
        root.put("event_catalogue", result.catalogueVersion());
        root.put("reference_geography", result.geographyVersion());
        return root;
    }

    private static void contributions(ArrayNode array, List<LossContribution> contributions) {
        for (LossContribution c : contributions) {
            ObjectNode node = array.addObject().put("key", c.key());
            if (c.scope() != null) {
                node.put("scope", c.scope().name().toLowerCase(java.util.Locale.ROOT));
            }
            node.put("expected_loss_eur", eur(c.expectedLossEur())).put("share", ratio(c.share()));
        }
    }

    /** EUR to cents (an estimate, shown as people read money). */
    static BigDecimal eur(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal ratio(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
    }
}
