package be.veerkracht.allocation;

import be.veerkracht.action.Action.Text;
import java.util.List;
import java.util.Objects;

/**
 * One part's answer: the optimum and the fixed rules on the same scenarios, the frontier, and why.
 *
 * @param partId                 the part
 * @param demandUnits            annual demand, units
 * @param shortageCostEurPerUnit what a unit short costs, EUR per unit
 * @param sourceIds              its sources, in the problem's order
 * @param prices                 price per source, EUR per unit, in the same order
 * @param risk                   λ and α
 * @param method                 exact enumeration or sample average approximation
 * @param sampleSize             scenarios drawn or enumerated
 * @param distinctScenarios      scenarios left once identical ones were merged (the model's size)
 * @param optimum                the best split
 * @param current                today's split; null without an active source
 * @param eightyTwenty           80/20 over the two cheapest; null without two admitted sources
 * @param fiftyFifty             50/50 over the same two; null likewise
 * @param frontier               optimum per λ, λ ascending (empty when not asked)
 * @param outOfSample            the optimum evaluated on an independent sample (SAA's statistical error); null
 *                               when enumerated exactly or not asked
 * @param explanation            what drives the answer
 */
public record PartAllocation(String partId, double demandUnits, double shortageCostEurPerUnit,
                             List<String> sourceIds, List<Double> prices, RiskAppetite risk, ScenarioSet.Method method, int sampleSize,
                             int distinctScenarios, SplitOutcome optimum, SplitOutcome current,
                             SplitOutcome eightyTwenty, SplitOutcome fiftyFifty, List<FrontierPoint> frontier,
                             SplitOutcome outOfSample, List<Text> explanation) {

    public PartAllocation {
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(optimum, "optimum");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(method, "method");
        sourceIds = List.copyOf(sourceIds);
        prices = List.copyOf(prices);
        frontier = List.copyOf(frontier);
        explanation = List.copyOf(explanation);
    }
}
