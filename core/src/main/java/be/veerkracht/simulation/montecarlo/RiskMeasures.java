package be.veerkracht.simulation.montecarlo;

import java.util.Arrays;

/**
 * Value at risk and conditional value at risk of an empirical loss distribution (each scenario equally likely).
 *
 * <p>VaR<sub>α</sub> is the α-quantile: the smallest loss l with at least a share α of scenarios losing l or less,
 * i.e. the ⌈αN⌉-th smallest loss. CVaR<sub>α</sub> = VaR<sub>α</sub> + Σ max(0, L<sub>s</sub> − VaR<sub>α</sub>) /
 * ((1 − α) N), the Rockafellar–Uryasev form, exact for discrete scenarios (R. T. Rockafellar, S. Uryasev,
 * "Conditional value-at-risk for general loss distributions", Journal of Banking &amp; Finance 26(7):1443–1471, 2002,
 * doi:10.1016/S0378-4266(02)00271-6, Proposition 8 and eq. (4)). It is the mean of the worst (1 − α) share of
 * outcomes, splitting the scenario at the quantile when αN is not whole.
 */
public final class RiskMeasures {

    private final double[] sorted;

    /** @param losses one loss per scenario (not changed) */
    public RiskMeasures(double[] losses) {
        if (losses.length == 0) {
            throw new IllegalArgumentException("risk measures need at least one scenario");
        }
        this.sorted = losses.clone();
        Arrays.sort(sorted);
    }

    /** VaR at level {@code alpha} in (0, 1). */
    public double valueAtRisk(double alpha) {
        check(alpha);
        int rank = (int) Math.ceil(alpha * sorted.length - 1e-9);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** CVaR at level {@code alpha} in (0, 1). Tail summed from the largest loss down, a fixed order. */
    public double conditionalValueAtRisk(double alpha) {
        double var = valueAtRisk(alpha);
        double excess = 0;
        for (int s = sorted.length - 1; s >= 0 && sorted[s] > var; s--) {
            excess += sorted[s] - var;
        }
        return var + excess / ((1 - alpha) * sorted.length);
    }

    private static void check(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("risk level must be within (0, 1), got " + alpha);
        }
    }
}
