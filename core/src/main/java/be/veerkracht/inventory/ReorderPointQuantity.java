package be.veerkracht.inventory;

/**
 * The (r, Q) policy that minimises expected annual cost for normal lead-time demand with backorders: ordering cost K
 * per order, holding cost h per unit and year, a cost p per unit short, annual demand λ. Annual cost
 * G(Q, r) = K·λ/Q + h·(Q/2 + r − μ<sub>L</sub>) + p·λ·n(r)/Q with n(r) = σ<sub>L</sub>·G((r − μ<sub>L</sub>)/σ<sub>L</sub>)
 * the expected units short per cycle. Its optimality conditions Q = √(2λ(K + p·n(r))/h) and
 * 1 − F(r) = Q·h/(p·λ) are solved by the alternating iteration that starts at the EOQ (G. Hadley and T. M. Whitin,
 * <i>Analysis of Inventory Systems</i>, Prentice-Hall 1963; S. Nahmias, <i>Production and Operations Analysis</i>,
 * §5.5; Silver, Pyke and Thomas 2017, §7.3). When Q·h/(p·λ) ≥ 1 shortage is cheaper than any buffer: r = μ<sub>L</sub>
 * − 8σ is returned as "no buffer" is not meaningful for the normal model; the caller sees the cost.
 */
public final class ReorderPointQuantity {

    private static final int MAX_ITERATIONS = 200;

    private ReorderPointQuantity() {
    }

    /**
     * @param annualDemand      λ, units per year
     * @param leadTimeDemand    demand over the lead time (its mean and standard deviation are used)
     * @param orderingCost      K, EUR per order
     * @param holdingCost       h, EUR per unit and year
     * @param shortageCost      p, EUR per unit short
     */
    public static Result optimise(double annualDemand, LeadTimeDemand leadTimeDemand, double orderingCost,
                                  double holdingCost, double shortageCost) {
        if (!(annualDemand > 0 && holdingCost > 0 && shortageCost > 0)) {
            throw new IllegalArgumentException("annual demand, holding and shortage cost must be > 0");
        }
        LeadTimeDemand.nonNegative(orderingCost, "ordering cost");
        double mu = leadTimeDemand.mean();
        double sigma = leadTimeDemand.sd();
        double q = Math.sqrt(2 * annualDemand * orderingCost / holdingCost);
        double r = mu;
        int iterations = 0;
        for (; iterations < MAX_ITERATIONS; iterations++) {
            double stockoutProbability = Math.min(1 - 1e-15, q * holdingCost / (shortageCost * annualDemand));
            double k = StandardNormalLoss.quantile(1 - stockoutProbability);
            double nextR = mu + k * sigma;
            double shortPerCycle = sigma * StandardNormalLoss.of(k);
            double nextQ = Math.sqrt(2 * annualDemand * (orderingCost + shortageCost * shortPerCycle) / holdingCost);
            boolean converged = Math.abs(nextQ - q) < 1e-9 * Math.max(1, q) && Math.abs(nextR - r) < 1e-9 * Math.max(1, r);
            q = nextQ;
            r = nextR;
            if (converged) {
                break;
            }
        }
        return new Result(q, r, r - mu, annualCost(annualDemand, mu, sigma, orderingCost, holdingCost, shortageCost,
                q, r), iterations + 1);
    }

    /** G(Q, r) as above. */
    public static double annualCost(double annualDemand, double mu, double sigma, double orderingCost,
                                    double holdingCost, double shortageCost, double q, double r) {
        double shortPerCycle = sigma == 0 ? Math.max(0, mu - r) : sigma * StandardNormalLoss.of((r - mu) / sigma);
        return orderingCost * annualDemand / q + holdingCost * (q / 2 + r - mu)
                + shortageCost * annualDemand * shortPerCycle / q;
    }

    /**
     * @param orderQuantity    Q*, units
     * @param reorderPoint     r*, units of inventory position
     * @param safetyStockUnits r* − μ<sub>L</sub>
     * @param annualCost       G(Q*, r*), EUR per year
     * @param iterations       iterations to converge (10<sup>-9</sup> relative)
     */
    public record Result(double orderQuantity, double reorderPoint, double safetyStockUnits, double annualCost,
                         int iterations) {
    }
}
