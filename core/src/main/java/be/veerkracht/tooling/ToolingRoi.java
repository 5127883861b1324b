package be.veerkracht.tooling;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * The return on a second tool (the article's "ROI van een tweede matrijs"): the expected yearly loss from days
 * without production, with one tool and with two, and what the difference is worth as an investment.
 *
 * <ul>
 *   <li>Expected annual loss = stop share × 365 days × cost per day: the article reads its "risk of a production
 *       stop per year" as the expected share of the year's days without production (5 % × 365 × EUR 20,000 =
 *       EUR 365,000).</li>
 *   <li>Payback (months) = net investment / annual saving × 12, undiscounted, as the article does (EUR 150,000 /
 *       EUR 328,500 × 12 = 5.48 months; the article rounds to 6).</li>
 *   <li>NPV = −I + Σ<sub>t=1..n</sub> S/(1 + r)<sup>t</sup> with I the net investment, S the annual saving, n the tool
 *       life, r the discount rate (savings at the end of each year); IRR the r with NPV = 0 (Brent's method,
 *       Hipparchus).</li>
 *   <li>Break-even stop share: the share p without a second tool at which NPV = 0:
 *       p = p<sub>with</sub> + (I/A + C)/(365 × cost per day), A = Σ 1/(1 + r)<sup>t</sup> the annuity factor and C
 *       the second tool's yearly cost.</li>
 * </ul>
 */
public final class ToolingRoi {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final int IRR_EVALUATIONS = 10_000;

    private ToolingRoi() {
    }

    public static ToolingRoiResult evaluate(ToolingRoiInput in) {
        BigDecimal without = cents(in.stopShareWithout().multiply(DAYS_PER_YEAR).multiply(in.costPerDayEur()));
        BigDecimal with = cents(in.stopShareWith().multiply(DAYS_PER_YEAR).multiply(in.costPerDayEur()));
        BigDecimal saving = without.subtract(with).subtract(in.annualCostEur());
        BigDecimal subsidy = in.subsidy().on(in.investmentEur());
        BigDecimal net = in.investmentEur().subtract(subsidy);
        BigDecimal payback = saving.signum() > 0
                ? net.multiply(MONTHS_PER_YEAR).divide(saving, 2, RoundingMode.HALF_EVEN) : null;
        BigDecimal annuity = annuityFactor(in.discountRate(), in.lifeYears());
        BigDecimal npv = cents(saving.multiply(annuity, PRECISION).subtract(net));
        BigDecimal breakEven = null;
        if (in.costPerDayEur().signum() > 0 && annuity.signum() > 0) {
            BigDecimal share = in.stopShareWith().add(net.divide(annuity, PRECISION).add(in.annualCostEur())
                    .divide(DAYS_PER_YEAR.multiply(in.costPerDayEur()), PRECISION));
            breakEven = share.compareTo(BigDecimal.ONE) <= 0 ? share.setScale(6, RoundingMode.HALF_EVEN) : null;
        }
        return new ToolingRoiResult(in, without, with, cents(saving), subsidy, net, payback, npv,
                irr(net.doubleValue(), saving.doubleValue(), in.lifeYears()), breakEven);
    }

    /** Σ<sub>t=1..n</sub> (1 + r)<sup>−t</sup>. */
    static BigDecimal annuityFactor(BigDecimal rate, int years) {
        BigDecimal factor = BigDecimal.ZERO;
        BigDecimal growth = BigDecimal.ONE.add(rate);
        BigDecimal discount = BigDecimal.ONE;
        for (int t = 1; t <= years; t++) {
            discount = discount.divide(growth, PRECISION);
            factor = factor.add(discount, PRECISION);
        }
        return factor;
    }

    /** The rate with −I + Σ S/(1 + r)<sup>t</sup> = 0, searched in (−99 %, 100,000 %); null without a sign change. */
    static Double irr(double investment, double saving, int years) {
        if (saving <= 0 || investment <= 0) {
            return null;
        }
        java.util.function.DoubleUnaryOperator npv = r -> {
            double total = -investment;
            double discount = 1;
            for (int t = 1; t <= years; t++) {
                discount /= 1 + r;
                total += saving * discount;
            }
            return total;
        };
        double low = -0.99;
        double high = 1000;
        if (npv.applyAsDouble(low) * npv.applyAsDouble(high) > 0) {
            return null;
        }
        return new BrentSolver(1e-12).solve(IRR_EVALUATIONS, npv::applyAsDouble, low, high);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
