package be.veerkracht.web.api;

import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.sourcing.landed.CostLine;
import be.veerkracht.sourcing.landed.EmissionFactor;
import be.veerkracht.sourcing.landed.LandedCost;
import be.veerkracht.sourcing.landed.LandedCostSettings;
import be.veerkracht.sourcing.landed.Route;
import be.veerkracht.sourcing.landed.ShortChainComparison;
import be.veerkracht.sourcing.landed.TransportEmissions;
import be.veerkracht.sourcing.landed.UpstreamTransportEmissions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The JSON of {@code landed-cost} (docs/schemas/landed-cost.schema.json) and {@code emissions}
 * (docs/schemas/emissions.schema.json): numbers with decimal points, exact amounts as they are, estimates to
 * {@value #DECIMALS} decimals; unknown figures are {@code null}. One mapping for the command line and the API
 * ({@code GET /api/v1/parts/{id}/landed-cost}, {@code GET /api/v1/emissions}).
 */
public final class LandedCostDocument {

    public static final String LANDED_COST_SCHEMA = "veerkracht/landed-cost/1";
    public static final String EMISSIONS_SCHEMA = "veerkracht/emissions/1";
    /** Decimals of a floating-point figure in the JSON. */
    public static final int DECIMALS = 6;

    private LandedCostDocument() {
    }

    /** Where the figures come from: reference versions and the duty-rate file. */
    public record Sources(String geographyVersion, String transportVersion, String dutyRates, int dutyRateRows) {
    }

    public static ObjectNode landedCost(Sources sources, LandedCostSettings settings, List<LandedCost> options,
                                 List<ShortChainComparison> comparisons) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("schema", LANDED_COST_SCHEMA);
        sources(root.putObject("reference"), sources);
        ObjectNode terms = root.putObject("settings");
        terms.put("carrying_rate_per_year", settings.carryingRatePerYear());
        terms.put("service_level", settings.serviceLevel());
        terms.put("ordering_cost_eur", settings.orderingCostEur());
        terms.put("carbon_price_eur_per_t_co2e", settings.carbonPriceEurPerTonne());
        ArrayNode list = root.putArray("options");
        for (LandedCost option : options) {
            ObjectNode node = list.addObject();
            link(node, option.link());
            node.put("origin_country", option.origin().alpha2());
            route(node, option.route());
            node.put("annual_units", round(option.annualUnits()));
            ArrayNode lines = node.putArray("lines");
            for (CostLine line : option.lines()) {
                lines.addObject().put("item", line.item().code()).put("eur_per_unit", line.eurPerUnit())
                        .put("eur_per_year", line.eurPerYear()).put("explanation", line.explanation());
            }
            node.put("total_eur_per_unit", option.totalEurPerUnit());
            node.put("total_eur_per_year", option.totalEurPerYear());
            node.put("complete", option.complete());
            ArrayNode missing = node.putArray("missing");
            option.missing().forEach(item -> missing.add(item.code()));
            emissions(node.putObject("emissions"), option.emissions());
        }
        ArrayNode chains = root.putArray("comparisons");
        for (ShortChainComparison comparison : comparisons) {
            ObjectNode node = chains.addObject();
            node.put("part_id", comparison.near().link().part().value());
            end(node.putObject("near"), comparison.near());
            end(node.putObject("far"), comparison.far());
            ArrayNode lines = node.putArray("lines");
            for (ShortChainComparison.Difference d : comparison.differences()) {
                lines.addObject().put("item", d.item().code()).put("near_eur_per_unit", d.nearEurPerUnit())
                        .put("far_eur_per_unit", d.farEurPerUnit())
                        .put("far_minus_near_eur_per_unit", d.farMinusNearEurPerUnit());
            }
            node.put("far_minus_near_total_eur_per_unit", comparison.farMinusNearTotalEurPerUnit());
            node.put("far_minus_near_kg_co2e_per_unit", round(comparison.farMinusNearKgCo2ePerUnit()));
        }
        return root;
    }

    public static ObjectNode emissions(Sources sources, List<EmissionFactor> factors, UpstreamTransportEmissions estimate) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("schema", EMISSIONS_SCHEMA);
        root.put("scope", "GHG Protocol Scope 3 category 4 (upstream transportation), inbound main leg to Antwerp, "
                + "ISO 14083 / GLEC activity-based: t-km x emission factor");
        sources(root.putObject("reference"), sources);
        ArrayNode table = root.putArray("factors");
        factors.forEach(f -> factor(table.addObject(), f));
        ArrayNode links = root.putArray("links");
        for (UpstreamTransportEmissions.LinkEmissions link : estimate.links()) {
            ObjectNode node = links.addObject();
            link(node, link.link());
            route(node, link.route());
            node.put("planned_units_per_year", round(link.plannedUnitsPerYear()));
            TransportEmissions perUnit = link.perUnit();
            node.put("t_km_per_year", perUnit.tonneKmPerUnit() == null ? null
                    : round(perUnit.tonneKmPerUnit() * link.plannedUnitsPerYear()));
            node.put("kg_co2e_per_unit", round(perUnit.kgCo2ePerUnit()));
            node.put("kg_co2e_per_year", round(link.kgCo2ePerYear()));
            node.put("explanation", perUnit.explanation());
        }
        ArrayNode byMode = root.putArray("by_mode");
        for (TransportMode mode : TransportMode.values()) {
            Double kg = estimate.kgCo2eByMode().get(mode);
            if (kg != null) {
                byMode.addObject().put("mode", mode.code()).put("kg_co2e_per_year", round(kg));
            }
        }
        root.put("total_kg_co2e_per_year", round(estimate.totalKgCo2ePerYear()));
        UpstreamTransportEmissions.Coverage c = estimate.coverage();
        root.putObject("coverage").put("active_links", c.activeLinks()).put("counted", c.counted())
                .put("no_weight", c.noWeight()).put("no_distance", c.noDistance()).put("no_factor", c.noFactor());
        return root;
    }

    private static void sources(ObjectNode node, Sources sources) {
        node.put("geography_version", sources.geographyVersion());
        node.put("transport_version", sources.transportVersion());
        node.put("duty_rates", sources.dutyRates());
        node.put("duty_rate_rows", sources.dutyRateRows());
    }

    private static void link(ObjectNode node, SourcingLink.Key key) {
        node.put("part_id", key.part().value());
        node.put("supplier_id", key.supplier().value());
        node.put("site", key.site());
    }

    private static void route(ObjectNode node, Route route) {
        node.put("transport_mode", route.mode() == null ? null : route.mode().code());
        node.put("mode_assumed", route.modeAssumed());
        node.put("distance_km", round(route.km()));
        node.put("distance_note", route.distanceNote());
    }

    private static void end(ObjectNode node, LandedCost option) {
        node.put("supplier_id", option.link().supplier().value());
        node.put("site", option.link().site());
        node.put("origin_country", option.origin().alpha2());
        node.put("distance_km", round(option.route().km()));
    }

    private static void emissions(ObjectNode node, TransportEmissions emissions) {
        node.put("t_km_per_unit", round(emissions.tonneKmPerUnit()));
        node.put("kg_co2e_per_unit", round(emissions.kgCo2ePerUnit()));
        if (emissions.factor() == null) {
            node.putNull("factor");
        } else {
            factor(node.putObject("factor"), emissions.factor());
        }
        node.put("explanation", emissions.explanation());
    }

    private static void factor(ObjectNode node, EmissionFactor f) {
        node.put("mode", f.mode().code()).put("g_co2e_per_tkm", f.gramsCo2ePerTonneKm()).put("basis", f.basis().name())
                .put("source", f.source()).put("version", f.version()).put("date", f.date().toString())
                .put("verified", f.verified());
    }

    /** A floating-point figure to {@value #DECIMALS} decimals, or null. */
    public static BigDecimal round(Double value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
