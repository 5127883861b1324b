package be.veerkracht.web.api;

import be.veerkracht.inventory.BufferCost;
import be.veerkracht.inventory.CapitalTerms;
import be.veerkracht.inventory.PartBufferPlan;
import be.veerkracht.inventory.RecommendedReorderPolicy;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The JSON fields of a part's buffer, one mapping for {@code GET /api/v1/parts/{id}/buffer} and
 * {@code veerkracht inventory buffers --format json} (schema {@code veerkracht/buffers/1}), so the two cannot drift.
 */
public final class BufferFields {

    private BufferFields() {
    }

    public static void terms(ObjectNode node, CapitalTerms terms) {
        node.put("cost_of_capital", terms.costOfCapital()).put("holding_rate", terms.holdingRate())
                .put("consignment_uplift", terms.consignmentUplift())
                .put("finance_extra_days", terms.financeExtraDays()).put("finance_rate", terms.financeRate());
    }

    /** The plan's figures, then {@code holdings} (cheapest first) and {@code policy}; no {@code part_id}. */
    public static void buffer(ObjectNode node, PartBufferPlan plan, List<BufferCost> holdings,
                              RecommendedReorderPolicy policy) {
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
        for (BufferCost cost : holdings) {
            ways.addObject().put("ownership", cost.ownership().name().toLowerCase(Locale.ROOT))
                    .put("capital_tied_eur", cost.capitalTiedEur()).put("annual_cost_eur", cost.annualCostEur());
        }
        policy(node.putObject("policy"), policy);
    }

    /**
     * The (r, Q) policy: {@code kind} {@code continuous_review_rq}, r, Q (whole units), the unrounded EOQ, orders a
     * year, average stock and its value, ordering cost K, holding cost h, the annual ordering-and-holding cost, and
     * {@code cost_optimal} (Hadley–Whitin r*, Q*, annual cost incl. shortage, the service level r* implies) or null.
     */
    static void policy(ObjectNode node, RecommendedReorderPolicy policy) {
        node.put("kind", "continuous_review_rq")
                .put("reorder_point_units", policy.reorderPointUnits())
                .put("order_quantity_units", policy.orderQuantityUnits())
                .put("economic_order_quantity_units", policy.economicOrderQuantity())
                .put("orders_per_year", policy.ordersPerYear())
                .put("average_stock_units", policy.averageStockUnits())
                .put("average_stock_value_eur", policy.averageStockValueEur())
                .put("ordering_cost_eur", policy.orderingCostEur())
                .put("holding_cost_eur_per_unit_year", policy.holdingCostEurPerUnitYear())
                .put("annual_ordering_and_holding_cost_eur", policy.annualCostEur());
        if (policy.costOptimal() == null) {
            node.putNull("cost_optimal");
        } else {
            ObjectNode optimal = node.putObject("cost_optimal")
                    .put("reorder_point_units", policy.costOptimal().reorderPoint())
                    .put("order_quantity_units", policy.costOptimal().orderQuantity())
                    .put("annual_cost_eur", policy.costOptimal().annualCost());
            if (Double.isNaN(policy.costOptimalServiceLevel())) {
                optimal.putNull("service_level");
            } else {
                optimal.put("service_level", policy.costOptimalServiceLevel());
            }
        }
    }
}
