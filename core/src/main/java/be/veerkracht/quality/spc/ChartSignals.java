package be.veerkracht.quality.spc;

import be.veerkracht.action.Action.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A control chart with the run rules applied to its location chart: what a quality engineer or an alert looks at.
 *
 * @param firings     every rule firing, by point index then rule
 * @param explanation the chart's explanation, the rules applied and each firing's description with its points
 */
public record ChartSignals(ControlChart chart, List<RunRule> rulesApplied, List<RuleFiring> firings,
                           List<Text> explanation) {

    public ChartSignals {
        Objects.requireNonNull(chart, "chart");
        rulesApplied = List.copyOf(rulesApplied);
        firings = List.copyOf(firings);
        explanation = List.copyOf(explanation);
    }

    /** {@code rules} applied to {@code chart}'s location series. */
    public static ChartSignals of(ControlChart chart, RunRules rules) {
        List<RuleFiring> firings = rules.firings(chart.location());
        List<Text> explanation = new ArrayList<>(chart.explanation());
        explanation.add(Text.of(SpcText.RULES_APPLIED, rules.rules().stream().map(Enum::name).toList()));
        if (firings.isEmpty() && chart.dispersion().outOfLimits().isEmpty()) {
            explanation.add(Text.of(SpcText.NO_SIGNAL));
        }
        return new ChartSignals(chart, rules.rules(), firings, explanation);
    }

    /** Whether any rule fired or any dispersion point is outside its limits. */
    public boolean signals() {
        return !firings.isEmpty() || !chart.dispersion().outOfLimits().isEmpty();
    }
}
