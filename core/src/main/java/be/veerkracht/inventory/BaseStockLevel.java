package be.veerkracht.inventory;

import org.hipparchus.distribution.discrete.PoissonDistribution;

/**
 * The optimal base-stock (order-up-to) level of a periodic-review system with full backordering, holding cost h and
 * backorder cost b per unit and period, and a lead time of L periods: S* is the b/(b + h) fractile of demand over
 * L + 1 periods (the newsvendor over the protection interval; P. H. Zipkin, <i>Foundations of Inventory
 * Management</i>, McGraw-Hill 2000, §9.4; L. V. Snyder and Z.-J. M. Shen, <i>Fundamentals of Supply Chain Theory</i>,
 * 2nd ed., Wiley 2019, §4.3). Expected cost per period h·E[(S − D)<sup>+</sup>] + b·E[(D − S)<sup>+</sup>] with D the
 * demand over L + 1 periods.
 */
public final class BaseStockLevel {

    private BaseStockLevel() {
    }

    /** Normal demand per period N(μ, σ²), independent periods. */
    public static Newsvendor.Result normal(double meanPerPeriod, double sdPerPeriod, int leadTimePeriods,
                                           double holding, double backorder) {
        int periods = checkedPeriods(leadTimePeriods);
        return Newsvendor.normal(meanPerPeriod * periods, sdPerPeriod * Math.sqrt(periods), backorder, holding);
    }

    /** Poisson demand per period with mean λ: over L + 1 periods it is Poisson((L + 1)·λ). */
    public static Newsvendor.Result poisson(double meanPerPeriod, int leadTimePeriods, double holding,
                                            double backorder) {
        int periods = checkedPeriods(leadTimePeriods);
        return Newsvendor.poisson(meanPerPeriod * periods, backorder, holding);
    }

    private static int checkedPeriods(int leadTimePeriods) {
        if (leadTimePeriods < 0) {
            throw new IllegalArgumentException("lead time must be >= 0 periods, got " + leadTimePeriods);
        }
        return leadTimePeriods + 1;
    }

    /** The Poisson demand distribution Hipparchus gives, for tests that sum the cost another way. */
    static PoissonDistribution poissonDemand(double mean) {
        return new PoissonDistribution(mean);
    }
}
