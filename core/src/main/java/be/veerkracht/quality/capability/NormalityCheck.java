package be.veerkracht.quality.capability;

/**
 * The outcome of a normality test.
 *
 * @param method             {@code "anderson-darling"}
 * @param observations       n
 * @param statistic          A², or NaN when not tested
 * @param adjustedStatistic  A*² = A²·(1 + 0.75/n + 2.25/n²), the statistic the p-value is read from
 * @param pValue             the p-value, NaN when not tested
 * @param alpha              the significance level: below it normality is rejected
 * @param tested             false when there were too few observations
 */
public record NormalityCheck(String method, int observations, double statistic, double adjustedStatistic,
                             double pValue, double alpha, boolean tested) {

    /** Whether normality is rejected at {@code alpha}; false when not tested. */
    public boolean rejected() {
        return tested && pValue < alpha;
    }
}
