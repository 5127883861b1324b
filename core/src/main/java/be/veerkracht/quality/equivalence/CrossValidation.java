package be.veerkracht.quality.equivalence;

import be.veerkracht.action.Action.Text;
import be.veerkracht.quality.capability.ProcessCapability;
import java.util.List;
import java.util.Objects;

/**
 * The cross-validation of a secondary supplier against the primary on one characteristic. Differences and tests
 * are secondary − primary; the test fields are null when there were too few values.
 *
 * @param margin                the equivalence margin δ used (unit of the data)
 * @param marginFromTolerance   whether δ is the default 10 % of the tolerance width
 * @param tost                  Welch-based TOST within ±δ
 * @param requiredPerSupplier   with {@code INSUFFICIENT_DATA}: values per supplier for TOST at the planned power
 *                              (or the minimum when there were too few values); else null
 * @param power                 the approximate power of TOST with the data at hand (NaN without tests)
 * @param additionalPerSupplier how many more values the supplier with fewer needs (0 when none)
 * @param primaryCapability     null without a specification or with too few values
 */
public record CrossValidation(String characteristic, EquivalenceVerdict verdict, Text reason, double margin,
                              boolean marginFromTolerance, double alpha, int primaryCount, int secondaryCount,
                              Double primaryMean, Double secondaryMean, TTest welch, TTest pooled,
                              VarianceTest fTest, VarianceTest brownForsythe, Tost tost,
                              Integer requiredPerSupplier, double power, int additionalPerSupplier,
                              ProcessCapability primaryCapability, ProcessCapability secondaryCapability,
                              List<Text> explanation) {

    public CrossValidation {
        Objects.requireNonNull(characteristic, "characteristic");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        explanation = List.copyOf(explanation);
    }
}
