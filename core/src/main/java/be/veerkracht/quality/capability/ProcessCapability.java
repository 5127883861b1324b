package be.veerkracht.quality.capability;

import be.veerkracht.action.Action.Text;
import java.util.List;
import java.util.Objects;

/**
 * Capability of a characteristic against its specification. Indices that need a limit the specification lacks are
 * null (Cp and Pp need both). Intervals at {@code confidence}: Cp and Pp by the χ² interval, Cpk and Ppk by
 * Bissell's normal approximation (see {@link ProcessCapabilityAnalysis}).
 *
 * @param observations  n, all values
 * @param subgroupSize  1 for individual values
 * @param mean          the overall mean
 * @param sigmaWithin   the within-subgroup σ estimate ({@code withinMethod})
 * @param sigmaOverall  the sample standard deviation of all values (n − 1)
 * @param explanation   the estimates, formulas and intervals used, and the warnings (normality, few data)
 */
public record ProcessCapability(SpecificationLimits specification, int observations, int subgroupSize,
                                double mean, WithinSigmaMethod withinMethod, double sigmaWithin,
                                double sigmaOverall, Double cp, Double cpl, Double cpu, double cpk, Double pp,
                                Double ppl, Double ppu, double ppk, Interval cpInterval, Interval cpkInterval,
                                Interval ppInterval, Interval ppkInterval, NormalityCheck normality,
                                List<Text> explanation) {

    public ProcessCapability {
        Objects.requireNonNull(specification, "specification");
        Objects.requireNonNull(withinMethod, "withinMethod");
        Objects.requireNonNull(normality, "normality");
        explanation = List.copyOf(explanation);
    }
}
