package be.veerkracht.simulation.montecarlo;

import be.veerkracht.action.Action;
import be.veerkracht.exposure.ExposureAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An action of the exposure assessment, ranked by what the stress test says its part loses: the rule says what to
 * do, the simulation says how much it is worth.
 *
 * @param partExpectedAnnualLossEur the part's expected loss per year in the stress test, EUR
 * @param partStockoutProbability   share of scenarios in which the part ran short
 */
public record StressTestAction(Action action, double partExpectedAnnualLossEur, double partStockoutProbability) {

    public StressTestAction {
        Objects.requireNonNull(action, "action");
    }

    /**
     * The assessment's actions for the parts that lose anything, largest expected loss first (then in the
     * assessment's order), at most {@code limit}.
     */
    public static List<StressTestAction> rank(StressTestResult result, ExposureAssessment assessment, int limit) {
        double perYear = 365.0 / result.settings().horizonDays();
        Map<String, PartRisk> risks = result.parts().stream()
                .collect(Collectors.toMap(PartRisk::partId, Function.identity()));
        List<StressTestAction> ranked = new ArrayList<>();
        for (Action action : assessment.actions()) {
            PartRisk risk = risks.get(action.part().value());
            if (risk != null && risk.expectedLossEur() > 0) {
                ranked.add(new StressTestAction(action, risk.expectedLossEur() * perYear,
                        risk.stockoutProbability()));
            }
        }
        // stable sort: equal losses keep the assessment's (severity) order
        ranked.sort((a, b) -> Double.compare(b.partExpectedAnnualLossEur(), a.partExpectedAnnualLossEur()));
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }
}
