package be.veerkracht.inventory.dualsourcing;

import org.hipparchus.distribution.continuous.TDistribution;

/** The 0.975 quantile of Student's t distribution, for 95 % two-sided confidence intervals (Hipparchus). */
final class StudentT {

    private StudentT() {
    }

    /** t(0.975, ν). */
    static double quantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + degreesOfFreedom);
        }
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(0.975);
    }
}
