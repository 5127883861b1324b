package be.veerkracht.inventory.dualsourcing;

/**
 * A periodic-review dual-sourcing inventory system with backorders. The regular supplier delivers
 * {@code regularLeadTime} (l_r ≥ 1) periods after the order; the expedited one at once (l_e = 0) at a unit premium
 * c_e over the regular price. At the start of a period the state is x, the net inventory after the regular order
 * due this period has arrived, and the pipeline q_1..q_{l_r−1} of regular orders still to come (q_1 next period).
 * The decisions are integers q_e, q_r ≥ 0; with integer demand D, the end inventory is I = x + q_e − D, the period
 * costs c_e·q_e + h·max(I, 0) + b·max(−I, 0), and the next state is x' = I + q_1 with pipeline
 * (q_2, ..., q_{l_r−1}, q_r).
 *
 * @param regularLeadTime l_r, periods, 1..{@link #MAX_REGULAR_LEAD_TIME}
 * @param expeditedPremium c_e, money per unit expedited, ≥ 0
 * @param holdingCost h, money per unit of end inventory per period, &gt; 0
 * @param backorderCost b, money per unit backordered at the end of a period, &gt; 0
 * @param demand the demand of one period, independent from period to period
 */
public record DualSourcingInstance(int regularLeadTime, double expeditedPremium, double holdingCost,
        double backorderCost, DemandDistribution demand) {

    /** The longest regular lead time accepted (periods). */
    public static final int MAX_REGULAR_LEAD_TIME = 12;

    /** @throws IllegalArgumentException naming the first value out of range */
    public DualSourcingInstance {
        if (regularLeadTime < 1 || regularLeadTime > MAX_REGULAR_LEAD_TIME) {
            throw new IllegalArgumentException("regular lead time must be 1.." + MAX_REGULAR_LEAD_TIME
                    + " periods, got " + regularLeadTime);
        }
        if (!(expeditedPremium >= 0) || Double.isInfinite(expeditedPremium)) {
            throw new IllegalArgumentException("expedited premium must be >= 0, got " + expeditedPremium);
        }
        if (!(holdingCost > 0) || Double.isInfinite(holdingCost)) {
            throw new IllegalArgumentException("holding cost must be > 0, got " + holdingCost);
        }
        if (!(backorderCost > 0) || Double.isInfinite(backorderCost)) {
            throw new IllegalArgumentException("backorder cost must be > 0, got " + backorderCost);
        }
        if (demand == null) {
            throw new IllegalArgumentException("demand is missing");
        }
    }

    /** L(y) = E[h·max(y − D, 0) + b·max(D − y, 0)]: the expected holding and backorder cost at level y. */
    public double expectedInventoryCost(int y) {
        double cost = 0;
        for (int d = demand.min(); d <= demand.max(); d++) {
            int end = y - d;
            cost += demand.probability(d) * (end >= 0 ? holdingCost * end : -backorderCost * end);
        }
        return cost;
    }

    /** The pipeline length l_r − 1 of every state. */
    public int pipelineLength() {
        return regularLeadTime - 1;
    }
}
