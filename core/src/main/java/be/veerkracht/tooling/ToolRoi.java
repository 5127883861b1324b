package be.veerkracht.tooling;

import java.math.BigDecimal;
import java.util.List;

/**
 * One tool of the portfolio's tooling sheet as an investment case: what a second one would save.
 *
 * @param partIds           the parts it makes
 * @param secondTool        where the second tool is assumed: an existing other source of its parts, or an
 *                          independent twin (a supplier like this one elsewhere, sharing no footprint)
 * @param costPerDayEur     a day without the tool: Σ over its parts of daily demand × the tool's supplier's share ×
 *                          cost per unit short (the article's model: no stock, no flex)
 * @param stopShareWithout  simulated share of the year's days the tool's supplier is down for its parts
 * @param stopShareWith     simulated share of days the tool and its twin are down together
 * @param roi               the investment case at its {@code replacement_cost_eur}; null when that is unknown
 * @param missing           why {@code roi} is null
 */
public record ToolRoi(String toolId, String supplierId, List<String> partIds, String secondTool,
                      BigDecimal costPerDayEur, double stopShareWithout, double stopShareWith, ToolingRoiResult roi,
                      String missing, LossSpread lossWithout, LossSpread lossWith) {

    public ToolRoi {
        partIds = List.copyOf(partIds);
    }
}
