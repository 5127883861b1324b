package be.veerkracht.web.api;

import be.veerkracht.tooling.LossSpread;
import be.veerkracht.tooling.ToolRoi;
import be.veerkracht.tooling.ToolingRoiInput;
import be.veerkracht.tooling.ToolingRoiResult;
import be.veerkracht.web.app.ToolRegister;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The tooling register as JSON: the layout of {@code veerkracht tools --format json} (schema {@value #SCHEMA}), each
 * tool's {@code roi} that of {@code veerkracht tooling-roi --format json} (schema {@value #ROI_SCHEMA}), plus the
 * snapshot's id. The field names are the CLI's, copied here (the web module never depends on the CLI).
 */
public final class ToolsDocument {

    /** The layout of {@code veerkracht tools --format json}. */
    public static final String SCHEMA = "veerkracht/tools/1";

    /** The layout of one tool's {@code roi}, that of {@code veerkracht tooling-roi --format json}. */
    public static final String ROI_SCHEMA = "veerkracht/tooling-roi/1";

    private ToolsDocument() {
    }

    /** Every tool of the register, in the order of the tooling sheet. */
    public static ObjectNode of(ToolRegister register, long snapshotId) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("snapshot_id", snapshotId);
        fill(root, register.tools(), ToolRegister.SCENARIOS, ToolRegister.SEED);
        return root;
    }

    /** The tools as {@code veerkracht tools --format json} prints them (no snapshot id: the input may be a file). */
    public static ObjectNode of(List<ToolRoi> tools, int scenarios, long seed) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        fill(root, tools, scenarios, seed);
        return root;
    }

    private static void fill(ObjectNode root, List<ToolRoi> tools, int scenarios, long seed) {
        root.putObject("settings").put("scenarios", scenarios).put("seed", seed);
        ArrayNode array = root.putArray("tools");
        for (ToolRoi tool : tools) {
            tool(array.addObject(), tool);
        }
    }

    /** One tool: its risk, the cost of a day without it, the loss spread and the investment case (or why none). */
    static void tool(ObjectNode node, ToolRoi tool) {
        node.put("tool_id", tool.toolId()).put("supplier_id", tool.supplierId());
        tool.partIds().forEach(node.putArray("part_ids")::add);
        node.put("second_tool", tool.secondTool()).put("cost_per_day_eur", tool.costPerDayEur())
                .put("stop_probability", round(tool.stopShareWithout()))
                .put("stop_probability_with", round(tool.stopShareWith()));
        spread(node.putObject("annual_loss_without_eur"), tool.lossWithout());
        spread(node.putObject("annual_loss_with_eur"), tool.lossWith());
        if (tool.roi() == null) {
            node.putNull("roi");
            node.put("missing", tool.missing());
        } else {
            node.set("roi", roi(tool.roi()));
        }
    }

    /** The {@code tooling-roi} document of one investment case. */
    public static ObjectNode roi(ToolingRoiResult r) {
        ObjectNode root = Json.object();
        root.put("schema", ROI_SCHEMA);
        ToolingRoiInput in = r.input();
        root.putObject("inputs").put("investment_eur", in.investmentEur())
                .put("stop_probability", in.stopShareWithout()).put("stop_probability_with", in.stopShareWith())
                .put("cost_per_day_eur", in.costPerDayEur()).put("life_years", in.lifeYears())
                .put("discount_rate", in.discountRate()).put("annual_cost_eur", in.annualCostEur())
                .put("subsidy_rate", in.subsidy().rate()).put("subsidy_cap_eur", in.subsidy().capEur());
        root.put("expected_annual_loss_without_eur", r.expectedAnnualLossWithoutEur());
        root.put("expected_annual_loss_with_eur", r.expectedAnnualLossWithEur());
        root.put("annual_saving_eur", r.annualSavingEur());
        root.put("subsidy_eur", r.subsidyEur());
        root.put("net_investment_eur", r.netInvestmentEur());
        root.put("payback_months", r.paybackMonths());
        root.put("npv_eur", r.npvEur());
        if (r.irr() == null) {
            root.putNull("irr");
        } else {
            root.put("irr", r.irr());
        }
        root.put("break_even_stop_probability", r.breakEvenStopShareWithout());
        return root;
    }

    private static void spread(ObjectNode node, LossSpread spread) {
        node.put("mean", cents(spread.meanEur())).put("p05", cents(spread.p05Eur())).put("p50", cents(spread.p50Eur()))
                .put("p95", cents(spread.p95Eur()));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }
}
