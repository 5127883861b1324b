package be.veerkracht.quality.equivalence;

import be.veerkracht.action.Action.Text;
import java.util.List;
import java.util.Objects;

/**
 * Does the supplier's lab agree with ours? Differences are certificate − ours per lot.
 *
 * @param meanDifference   the bias d̄ of the certificates
 * @param pairedT          paired t-test of d̄ = 0 (null with fewer than 2 lots or no spread)
 * @param tost             TOST of −δ &lt; mean difference &lt; δ on the differences (ν = n − 1)
 * @param lowerLimitOfAgreement d̄ − 1.96·s(d) (Bland–Altman)
 * @param upperLimitOfAgreement d̄ + 1.96·s(d)
 * @param requiredLots     with {@code INSUFFICIENT_DATA}: lots needed for TOST at the planned power; else null
 */
public record LabAgreement(int lots, double margin, double alpha, double meanDifference,
                           double standardDeviationOfDifferences, TTest pairedT, Tost tost,
                           double lowerLimitOfAgreement, double upperLimitOfAgreement, EquivalenceVerdict verdict,
                           Text reason, Integer requiredLots, List<Text> explanation) {

    public LabAgreement {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        explanation = List.copyOf(explanation);
    }
}
