package be.veerkracht.web.page;

import be.veerkracht.inventory.BufferCost;
import be.veerkracht.inventory.CapitalTerms;
import be.veerkracht.inventory.PartBufferPlan;
import be.veerkracht.inventory.RecommendedReorderPolicy;
import java.math.BigDecimal;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.Part;
import be.veerkracht.web.app.PartBuffers;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The "Buffer" section of the part page: the safety stock of the part at the service level of its criticality, its
 * reorder point, the cash it ties up and the four ways to hold it (docs/buffers.md), every figure formatted for the
 * visitor. The figures are those of {@link PartBuffers}, planned once per snapshot; nothing is recomputed here.
 *
 * @param shown       false for a part without demand or an active source: then only {@code none} is said
 * @param none        why no buffer is computed; "" when there is one
 * @param cheapestNote the word marking the cheapest way
 */
public record PartBufferView(boolean shown, String none, String serviceLevel, String meanLeadTime,
                             String leadTimeSd, String demandSd, String safetyFactor, String safetyStock,
                             String reorderPoint, String onHand, String unitValue, String value,
                             List<HoldingRow> holdings, String cheapestNote, String terms,
                             String policyRule, String policyQuantity, String policyAverage, String policyOptimal,
                             String method) {

    public PartBufferView {
        holdings = List.copyOf(holdings);
    }

    /**
     * One way to hold the buffer.
     *
     * @param ownership the code in lower case ({@code own_stock}), as in the API
     * @param cheapest  true for the cheapest way (several when they tie)
     */
    public record HoldingRow(String ownership, String label, String capitalTied, String annualCost,
                             boolean cheapest) {
    }

    static PartBufferView of(Labels text, PartBuffers buffers, Part part) {
        String method = text.get(PageText.PART_BUFFER_METHOD, PartBuffers.METHOD);
        Optional<PartBuffers.Buffer> found = buffers.of(part.id());
        if (found.isEmpty()) {
            String why = text.get(switch (buffers.why(part)) {
                case NO_ACTIVE_SOURCE -> PageText.PART_BUFFER_NO_SOURCE;
                case NO_DEMAND -> PageText.PART_BUFFER_NO_DEMAND;
            });
            return new PartBufferView(false, why, "", "", "", "", "", "", "", "", "", "", List.of(), "", "", "", "", "",
                    "", method);
        }
        PartBufferPlan plan = found.get().plan();
        String uom = part.uom();
        String level = text.get(PageText.PART_BUFFER_SERVICE_LEVEL_VALUE, text.percent(plan.serviceLevel()),
                part.criticality().name(), text.percent(PartBuffers.LEVELS.of(Criticality.A)),
                text.percent(PartBuffers.LEVELS.of(Criticality.B)), text.percent(PartBuffers.LEVELS.of(Criticality.C)));
        String safety = text.get(PageText.PART_BUFFER_UNITS_AND_DAYS, units(text, plan.target().safetyStockUnits(), uom),
                days(text, plan.safetyStockDays()));
        List<BufferCost> ways = found.get().holdings();
        List<HoldingRow> rows = ways.stream().map(cost -> new HoldingRow(
                cost.ownership().name().toLowerCase(Locale.ROOT),
                text.get(PageText.valueOf("OWNERSHIP_" + cost.ownership().name())),
                text.eurCents(cost.capitalTiedEur()), text.eurCents(cost.annualCostEur()),
                cost.annualCostEur().compareTo(ways.get(0).annualCostEur()) == 0)).toList();
        return new PartBufferView(true, "", level, days(text, plan.leadTimeDemand().meanLeadTimeDays()),
                days(text, plan.leadTimeDemand().sdLeadTimeDays()), units(text, plan.leadTimeDemand().sd(), uom),
                text.fraction(plan.target().safetyFactor()), safety,
                units(text, plan.target().reorderPointUnits(), uom), units(text, plan.onHandUnits(), uom),
                text.eurCents(plan.unitValueEur()), text.eurCents(plan.safetyStockValueEur()), rows,
                text.get(PageText.PART_BUFFER_CHEAPEST),
                terms(text, PartBuffers.TERMS), text.get(PageText.PART_BUFFER_POLICY_RULE,
                        units(text, found.get().policy().reorderPointUnits(), uom),
                        units(text, found.get().policy().orderQuantityUnits(), uom)),
                quantity(text, found.get().policy(), uom), average(text, found.get().policy(), uom),
                optimal(text, found.get().policy(), uom), method);
    }

    private static String quantity(Labels text, RecommendedReorderPolicy policy, String uom) {
        return text.get(PageText.PART_BUFFER_POLICY_EOQ, text.number(policy.economicOrderQuantity()) + " " + uom,
                text.eurCents(policy.orderingCostEur()),
                text.eurCents(BigDecimal.valueOf(policy.holdingCostEurPerUnitYear())),
                text.fraction(policy.ordersPerYear()));
    }

    private static String average(Labels text, RecommendedReorderPolicy policy, String uom) {
        return text.get(PageText.PART_BUFFER_POLICY_AVERAGE, units(text, policy.averageStockUnits(), uom),
                text.eurCents(policy.averageStockValueEur()),
                text.eurCents(BigDecimal.valueOf(policy.annualCostEur())));
    }

    /** The cost-optimal (r*, Q*) beside the recommendation, or why there is none. */
    private static String optimal(Labels text, RecommendedReorderPolicy policy, String uom) {
        if (policy.costOptimal() == null) {
            return text.get(PageText.PART_BUFFER_POLICY_NO_SHORTAGE);
        }
        String level = Double.isNaN(policy.costOptimalServiceLevel()) ? "\u2014"
                : text.percentOneDecimal(policy.costOptimalServiceLevel());
        return text.get(PageText.PART_BUFFER_POLICY_OPTIMAL, units(text, policy.costOptimal().reorderPoint(), uom),
                units(text, policy.costOptimal().orderQuantity(), uom),
                text.eurCents(BigDecimal.valueOf(policy.costOptimal().annualCost())), level);
    }

    private static String terms(Labels text, CapitalTerms terms) {
        return text.get(PageText.PART_BUFFER_TERMS, text.percent(terms.costOfCapital().doubleValue()),
                text.percent(terms.holdingRate().doubleValue()), text.percent(terms.consignmentUplift().doubleValue()),
                text.count(terms.financeExtraDays()), text.percent(terms.financeRate().doubleValue()));
    }

    /** {@code 388 pcs}: whole units from 10 up, one decimal below (a few units of a slow part still show). */
    private static String units(Labels text, double value, String uom) {
        return oneDecimal(text.locale(), value, Math.abs(value) >= 10 ? 0 : 1) + " " + uom;
    }

    private static String days(Labels text, double value) {
        return text.get(PageText.PART_BUFFER_DAYS, oneDecimal(text.locale(), value, 1));
    }

    private static String oneDecimal(Locale locale, double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
