package be.veerkracht.quality.spc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The four Western Electric zone rules (Western Electric Co., <i>Statistical Quality Control Handbook</i>, 1956,
 * pp. 25–28; Montgomery, ISQC 6th ed., section 5.3.6): 1. one point beyond 3 σ; 2. two of three consecutive
 * points beyond 2 σ on one side; 3. four of five consecutive points beyond 1 σ on one side; 4. eight consecutive
 * points on one side of the centre line. O(N) per rule. Each rule alone raises the false-alarm rate of a
 * chart in control; together about one false alarm in 92 points for normal data (C. W. Champ and W. H. Woodall,
 * "Exact results for Shewhart control charts with supplementary runs rules", <i>Technometrics</i> 29(4), 1987,
 * pp. 393–399, doi:10.1080/00401706.1987.10488266).
 */
public final class WesternElectricRules implements RunRules {

    @Override
    public List<RunRule> rules() {
        return List.of(RunRule.WESTERN_ELECTRIC_1, RunRule.WESTERN_ELECTRIC_2, RunRule.WESTERN_ELECTRIC_3,
                RunRule.WESTERN_ELECTRIC_4);
    }

    @Override
    public List<RuleFiring> firings(double[] points, ControlLimits limits) {
        RunPatterns patterns = new RunPatterns(points, limits);
        List<RuleFiring> out = new ArrayList<>();
        patterns.beyond(RunRule.WESTERN_ELECTRIC_1, 3, out);
        patterns.kOfMBeyond(RunRule.WESTERN_ELECTRIC_2, 2, 3, 2, out);
        patterns.kOfMBeyond(RunRule.WESTERN_ELECTRIC_3, 4, 5, 1, out);
        patterns.sameSide(RunRule.WESTERN_ELECTRIC_4, 8, out);
        out.sort(Comparator.comparingInt(RuleFiring::index).thenComparing(RuleFiring::rule));
        return List.copyOf(out);
    }
}
