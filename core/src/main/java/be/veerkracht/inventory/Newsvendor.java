package be.veerkracht.inventory;

import org.hipparchus.distribution.discrete.PoissonDistribution;

/**
 * One order against uncertain demand (the newsvendor): order up to the critical fractile
 * F(Q*) = c<sub>u</sub>/(c<sub>u</sub> + c<sub>o</sub>), with c<sub>u</sub> the cost of a unit short and
 * c<sub>o</sub> the cost of a unit left over (Arrow, Harris and Marschak 1951; Silver, Pyke and Thomas 2017, §11.2;
 * S. Nahmias, <i>Production and Operations Analysis</i>, §5.3). The same fractile b/(b + h) gives the optimal
 * base-stock level of a periodic-review system with backorders ({@link BaseStockLevel}).
 */
public final class Newsvendor {

    private Newsvendor() {
    }

    /** The critical fractile c<sub>u</sub>/(c<sub>u</sub> + c<sub>o</sub>). */
    public static double criticalRatio(double underageCost, double overageCost) {
        LeadTimeDemand.nonNegative(underageCost, "underage cost");
        LeadTimeDemand.nonNegative(overageCost, "overage cost");
        if (underageCost + overageCost == 0) {
            throw new IllegalArgumentException("underage and overage cost cannot both be 0");
        }
        return underageCost / (underageCost + overageCost);
    }

    /**
     * Normal demand N(μ, σ²): Q* = μ + z·σ with z = Φ<sup>−1</sup>(critical ratio); expected cost at Q*
     * (c<sub>u</sub> + c<sub>o</sub>)·σ·φ(z) (Silver, Pyke and Thomas 2017, eq. 11.6).
     */
    public static Result normal(double mean, double sd, double underageCost, double overageCost) {
        double ratio = criticalRatio(underageCost, overageCost);
        double z = StandardNormalLoss.quantile(ratio);
        return new Result(ratio, mean + z * sd, (underageCost + overageCost) * sd * StandardNormalLoss.density(z));
    }

    /**
     * Poisson demand: the smallest integer Q with F(Q) ≥ critical ratio; expected cost
     * c<sub>o</sub>·E[(Q − D)<sup>+</sup>] + c<sub>u</sub>·E[(D − Q)<sup>+</sup>], summed exactly over the pmf.
     */
    public static Result poisson(double mean, double underageCost, double overageCost) {
        double ratio = criticalRatio(underageCost, overageCost);
        PoissonDistribution demand = new PoissonDistribution(mean);
        int q = 0;
        while (demand.cumulativeProbability(q) < ratio) {
            q++;
        }
        return new Result(ratio, q, expectedCost(demand, mean, q, underageCost, overageCost));
    }

    /** E[(Q − D)<sup>+</sup>]·c<sub>o</sub> + E[(D − Q)<sup>+</sup>]·c<sub>u</sub>, using E[(D − Q)+] = E[D] − Q + E[(Q − D)+]. */
    static double expectedCost(PoissonDistribution demand, double mean, int q, double underage, double overage) {
        double leftOver = 0;
        for (int d = 0; d < q; d++) {
            leftOver += (q - d) * demand.probability(d);
        }
        double short_ = mean - q + leftOver;
        return overage * leftOver + underage * short_;
    }

    /**
     * @param criticalRatio the fractile ordered up to
     * @param orderQuantity Q*, units (an integer for discrete demand)
     * @param expectedCost  expected overage plus underage cost at Q*
     */
    public record Result(double criticalRatio, double orderQuantity, double expectedCost) {
    }
}
