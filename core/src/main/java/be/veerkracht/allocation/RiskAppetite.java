package be.veerkracht.allocation;

/**
 * How much tail risk weighs: the objective is (1 − λ)·E[cost] + λ·CVaR<sub>α</sub>[cost].
 *
 * @param cvarWeight λ in [0, 1]: 0 minimises expected cost, 1 the mean of the worst (1 − α) share of outcomes
 * @param cvarAlpha  α in [0, 1): 0.95 looks at the worst 5 % of years
 */
public record RiskAppetite(double cvarWeight, double cvarAlpha) {

    /** Default λ: expected cost and tail weigh equally. */
    public static final double DEFAULT_CVAR_WEIGHT = 0.5;
    /** Default α: the worst 5 % of years. */
    public static final double DEFAULT_CVAR_ALPHA = 0.95;

    public RiskAppetite {
        Checks.probability(cvarWeight, "CVaR weight");
        if (!(cvarAlpha >= 0 && cvarAlpha < 1)) {
            throw new IllegalArgumentException("CVaR alpha must be in [0, 1), got " + cvarAlpha);
        }
    }

    public RiskAppetite withWeight(double weight) {
        return new RiskAppetite(weight, cvarAlpha);
    }

    /** The objective for an expected cost and a CVaR, EUR. */
    public double objective(double expectedCostEur, double cvarEur) {
        return (1 - cvarWeight) * expectedCostEur + cvarWeight * cvarEur;
    }
}
