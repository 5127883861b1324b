package be.veerkracht.web.api;

import be.veerkracht.inventory.BufferCost;
import be.veerkracht.inventory.CapitalTerms;
import be.veerkracht.inventory.PartBufferPlan;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.PartBuffers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /api/v1/parts/{id}/buffer} as JSON (schema {@code PartBuffer} of the OpenAPI document): the part's
 * safety stock at the service level of its criticality, its reorder point, the cash it ties up and the four ways to
 * hold it, cheapest first (docs/buffers.md). The buffer's fields and {@code holdings} have the names of the part
 * objects of {@code veerkracht inventory buffers --format json} (schema {@code veerkracht/buffers/1}). A part without
 * demand or an active source has {@code "buffer": null} and a {@code reason} (English).
 */
final class BufferDocument {

    private BufferDocument() {
    }

    /** Empty when the snapshot has no part {@code id}. */
    static Optional<ObjectNode> of(AssessedSnapshot assessed, String id) {
        PartId partId;
        try {
            partId = new PartId(id);
        } catch (IllegalArgumentException impossibleId) {
            return Optional.empty();
        }
        Optional<Part> part = assessed.snapshot().portfolio().part(partId);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        PartBuffers buffers = PartBuffers.of(assessed);
        ObjectNode root = Json.object();
        root.put("snapshot_id", assessed.snapshot().info().id());
        root.put("part_id", id);
        root.put("criticality", part.get().criticality().name());
        ObjectNode levels = root.putObject("service_levels");
        for (Criticality criticality : Criticality.values()) {
            levels.put(criticality.name(), PartBuffers.LEVELS.of(criticality));
        }
        terms(root.putObject("capital_terms"), PartBuffers.TERMS);
        root.put("method", PartBuffers.METHOD);
        Optional<PartBuffers.Buffer> buffer = buffers.of(partId);
        if (buffer.isPresent()) {
            buffer(root.putObject("buffer"), buffer.get());
            root.putNull("reason");
        } else {
            root.putNull("buffer");
            root.put("reason", switch (buffers.why(part.get())) {
                case NO_ACTIVE_SOURCE -> "no buffer is computed: the part has no active source (a qualified source "
                        + "with a share above 0), so there is no lead time to protect";
                case NO_DEMAND -> "no buffer is computed: the part has no demand (annual demand 0)";
            });
        }
        return Optional.of(root);
    }

    static void terms(ObjectNode node, CapitalTerms terms) {
        node.put("cost_of_capital", terms.costOfCapital()).put("holding_rate", terms.holdingRate())
                .put("consignment_uplift", terms.consignmentUplift())
                .put("finance_extra_days", terms.financeExtraDays()).put("finance_rate", terms.financeRate());
    }

    /** The fields of a part object of {@code veerkracht/buffers/1}, without {@code part_id}. */
    static void buffer(ObjectNode node, PartBuffers.Buffer buffer) {
        PartBufferPlan plan = buffer.plan();
        node.put("service_level", plan.serviceLevel())
                .put("mean_daily_demand_units", plan.leadTimeDemand().meanPerDay())
                .put("mean_lead_time_days", plan.leadTimeDemand().meanLeadTimeDays())
                .put("lead_time_sd_days", plan.leadTimeDemand().sdLeadTimeDays())
                .put("lead_time_demand_sd_units", plan.leadTimeDemand().sd())
                .put("safety_factor", plan.target().safetyFactor())
                .put("safety_stock_units", plan.target().safetyStockUnits())
                .put("safety_stock_days", plan.safetyStockDays())
                .put("reorder_point_units", plan.target().reorderPointUnits())
                .put("on_hand_units", plan.onHandUnits())
                .put("unit_value_eur", plan.unitValueEur())
                .put("safety_stock_value_eur", plan.safetyStockValueEur());
        ArrayNode ways = node.putArray("holdings");
        for (BufferCost cost : buffer.holdings()) {
            ways.addObject().put("ownership", cost.ownership().name().toLowerCase(Locale.ROOT))
                    .put("capital_tied_eur", cost.capitalTiedEur()).put("annual_cost_eur", cost.annualCostEur());
        }
    }
}
