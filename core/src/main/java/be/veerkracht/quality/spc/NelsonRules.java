package be.veerkracht.quality.spc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The eight tests for special causes of L. S. Nelson, "The Shewhart control chart — tests for special causes",
 * <i>Journal of Quality Technology</i> 16(4), 1984, pp. 237–239, doi:10.1080/00224065.1984.11978921:
 * 1. one point beyond 3 σ; 2. nine points in a row on one side of the centre line; 3. six points in a row steadily
 * increasing or decreasing; 4. fourteen points in a row alternating up and down; 5. two of three points in a row
 * beyond 2 σ on one side; 6. four of five points in a row beyond 1 σ on one side; 7. fifteen points in a row within
 * 1 σ on either side; 8. eight points in a row beyond 1 σ on either side. O(N) per rule. More rules, more false
 * alarms: Nelson advises tests 1–4 as a routine and 5–8 when the economics justify them.
 */
public final class NelsonRules implements RunRules {

    @Override
    public List<RunRule> rules() {
        return List.of(RunRule.NELSON_1, RunRule.NELSON_2, RunRule.NELSON_3, RunRule.NELSON_4, RunRule.NELSON_5,
                RunRule.NELSON_6, RunRule.NELSON_7, RunRule.NELSON_8);
    }

    @Override
    public List<RuleFiring> firings(double[] points, ControlLimits limits) {
        RunPatterns patterns = new RunPatterns(points, limits);
        List<RuleFiring> out = new ArrayList<>();
        patterns.beyond(RunRule.NELSON_1, 3, out);
        patterns.sameSide(RunRule.NELSON_2, 9, out);
        patterns.trend(RunRule.NELSON_3, 6, out);
        patterns.alternating(RunRule.NELSON_4, 14, out);
        patterns.kOfMBeyond(RunRule.NELSON_5, 2, 3, 2, out);
        patterns.kOfMBeyond(RunRule.NELSON_6, 4, 5, 1, out);
        patterns.within(RunRule.NELSON_7, 15, 1, out);
        patterns.outside(RunRule.NELSON_8, 8, 1, out);
        out.sort(Comparator.comparingInt(RuleFiring::index).thenComparing(RuleFiring::rule));
        return List.copyOf(out);
    }
}
