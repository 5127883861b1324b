package be.veerkracht.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a part's buffer into a replenishment policy it can run: continuous review (r, Q) with r the reorder point of
 * its service level and Q the economic order quantity Q = √(2·λ·K / h) (F. W. Harris, "How many parts to make at
 * once", Factory, The Magazine of Management 10(2), 1913; Silver, Pyke and Thomas, <i>Inventory and Production
 * Management in Supply Chains</i>, 4th ed., CRC Press 2017, §5.2), h = unit value × (cost of capital + holding rate).
 * Alongside, when the part has a shortage cost, the cost-optimal (r*, Q*) of {@link ReorderPointQuantity}, so a buyer
 * sees what service level its shortage cost would justify. O(1) per part (the optimum: at most 200 iterations).
 *
 * <p>Limits: Q ignores minimum order quantities, pack sizes and quantity discounts (not in the import yet); K is one
 * figure for every part.
 */
public final class ReorderPolicyPlanner {

    /**
     * Ordering cost per order when the buyer gives none, EUR: an assumption (purchase order, receiving and invoice
     * handling), not a sourced figure; set your own ({@code --ordering-cost}).
     */
    public static final BigDecimal DEFAULT_ORDERING_COST_EUR = new BigDecimal("100");

    private final CapitalTerms terms;
    private final BigDecimal orderingCostEur;

    /**
     * @param terms           the cost of capital and holding rate that make up the holding cost
     * @param orderingCostEur K, EUR per order, &ge; 0
     */
    public ReorderPolicyPlanner(CapitalTerms terms, BigDecimal orderingCostEur) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.orderingCostEur = Objects.requireNonNull(orderingCostEur, "orderingCostEur");
        if (orderingCostEur.signum() < 0) {
            throw new IllegalArgumentException("ordering cost must be >= 0 EUR, got " + orderingCostEur);
        }
    }

    /** K, EUR per order. */
    public BigDecimal orderingCostEur() {
        return orderingCostEur;
    }

    /** The policy of every planned part, in the plans' order; shortage costs from the portfolio's parts. */
    public List<RecommendedReorderPolicy> plan(Portfolio portfolio, List<PartBufferPlan> plans) {
        List<RecommendedReorderPolicy> policies = new ArrayList<>(plans.size());
        for (PartBufferPlan plan : plans) {
            Part part = portfolio.part(new PartId(plan.partId())).orElseThrow(
                    () -> new IllegalArgumentException("part " + plan.partId() + " is not in the portfolio"));
            policies.add(plan(plan, part.shortageCostPerUnit().orElse(null)));
        }
        return List.copyOf(policies);
    }

    /**
     * @param plan                    the part's buffer
     * @param shortageCostEurPerUnit  p, EUR per unit short; null or 0 when unknown (then no cost optimum)
     */
    public RecommendedReorderPolicy plan(PartBufferPlan plan, BigDecimal shortageCostEurPerUnit) {
        LeadTimeDemand demand = plan.leadTimeDemand();
        double annual = demand.meanPerDay() * 365;
        double k = orderingCostEur.doubleValue();
        double h = plan.unitValueEur().doubleValue() * terms.costOfCapital().add(terms.holdingRate()).doubleValue();
        double eoq = h > 0 ? Math.sqrt(2 * annual * k / h) : annual;
        double q = Math.max(1, Math.ceil(eoq - 1e-9));
        double safety = Math.max(0, plan.target().safetyStockUnits());
        double average = safety + q / 2;
        BigDecimal averageValue = BigDecimal.valueOf(average).multiply(plan.unitValueEur())
                .setScale(2, RoundingMode.HALF_EVEN);
        double cost = k * annual / q + h * average;
        ReorderPointQuantity.Result optimum = null;
        double optimumLevel = Double.NaN;
        double p = shortageCostEurPerUnit == null ? 0 : shortageCostEurPerUnit.doubleValue();
        if (p > 0 && h > 0 && annual > 0) {
            optimum = ReorderPointQuantity.optimise(annual, demand, k, h, p);
            if (demand.sd() > 0) {
                optimumLevel = StandardNormalLoss.cdf(optimum.safetyStockUnits() / demand.sd());
            }
        }
        return new RecommendedReorderPolicy(plan.partId(), plan.target().reorderPointUnits(), q, eoq,
                annual / q, average, averageValue, orderingCostEur, h, cost, optimum, optimumLevel);
    }
}
