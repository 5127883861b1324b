package be.veerkracht.tooling;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.simulation.PartSupply;
import be.veerkracht.simulation.SupplySource;
import be.veerkracht.simulation.montecarlo.ModelPart;
import be.veerkracht.simulation.montecarlo.SourceDowntime;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The return on a second tool for every tool of a portfolio, with the stop risk taken from the stress test's event
 * model instead of typed in (docs/tooling.md):
 * <ul>
 *   <li>stop share without: the simulated share of days in a year on which the tool's supplier is down for the
 *       tool's parts (every outage event of the catalogue that stops that supplier's links: its own site events and
 *       the footprints and zones it produces in), over N simulated years;</li>
 *   <li>stop share with: the share of days on which the second tool is down too. The second tool sits at an existing
 *       other source of the tool's parts when there is one (then shared footprints stop both); otherwise at an
 *       independent twin, a supplier with the same event rates elsewhere (its days are drawn from another seed);</li>
 *   <li>cost per day: Σ over the tool's parts of daily demand × the supplier's share × cost per unit short (shortage
 *       cost, else margin): the article's model, no stock and no flexing;</li>
 *   <li>the investment is the tool's {@code replacement_cost_eur}; the rest as {@link ToolingRoi}.</li>
 * </ul>
 */
public final class PortfolioToolingRoi {

    private final StressTestModel model;

    public PortfolioToolingRoi(StressTestModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public List<ToolRoi> evaluate(Portfolio portfolio, int scenarios, long seed) {
        if (scenarios < 1) {
            throw new IllegalArgumentException("scenarios must be at least 1, got " + scenarios);
        }
        SourceDowntime downtime = new SourceDowntime(model);
        List<ToolRoi> all = new ArrayList<>();
        for (Tool tool : portfolio.tools()) {
            all.add(evaluate(portfolio, tool, downtime, scenarios, seed));
        }
        return List.copyOf(all);
    }

    private ToolRoi evaluate(Portfolio portfolio, Tool tool, SourceDowntime downtime, int scenarios, long seed) {
        List<SourceDowntime.SourceRef> first = new ArrayList<>();
        List<SourceDowntime.SourceRef> second = new ArrayList<>();
        List<String> secondNames = new ArrayList<>();
        BigDecimal costPerDay = BigDecimal.ZERO;
        for (PartId partId : tool.parts()) {
            Optional<ModelPart> modelPart = model.parts().stream()
                    .filter(p -> p.partId().equals(partId.value())).findFirst();
            Optional<Part> part = portfolio.parts().stream().filter(p -> p.id().equals(partId)).findFirst();
            if (modelPart.isEmpty() || part.isEmpty()) {
                continue;
            }
            PartSupply supply = modelPart.get().supply();
            for (SourcingLink link : portfolio.linksOf(partId)) {
                if (!PartSupply.inModel(link)) {
                    continue;
                }
                int index = indexOf(supply, PartSupply.sourceId(link));
                SourceDowntime.SourceRef ref = new SourceDowntime.SourceRef(modelPart.get().index(), index);
                if (link.supplier().equals(tool.supplier())) {
                    first.add(ref);
                    SupplySource source = supply.sources().get(index);
                    costPerDay = costPerDay.add(BigDecimal.valueOf(modelPart.get().meanUnitsPerDay() * source.share())
                            .multiply(modelPart.get().costEurPerUnitExact()));
                } else {
                    second.add(ref);
                    secondNames.add(PartSupply.sourceId(link));
                }
            }
        }
        costPerDay = costPerDay.setScale(2, RoundingMode.HALF_EVEN);
        int[][] days = second.isEmpty() ? downtime.sampledTwinDays(first, scenarios, seed)
                : downtime.sampledDays(first, second, scenarios, seed);
        double without = mean(days[0]) / 365.0;
        double with = mean(days[1]) / 365.0;
        String secondTool = second.isEmpty()
                ? "an independent twin: a supplier with the same event rates elsewhere, sharing no footprint"
                : "at the existing other source(s) " + String.join(", ", secondNames.stream().distinct().toList());
        ToolingRoiResult roi = null;
        String missing = null;
        if (first.isEmpty()) {
            missing = "the tool's supplier has no active link for the tool's parts";
        } else if (tool.replacementCostEur() == null) {
            missing = "replacement_cost_eur is not given in the tooling sheet";
        } else {
            roi = ToolingRoi.evaluate(ToolingRoiInput.of(tool.replacementCostEur(), share(without), share(with),
                    costPerDay));
        }
        double perDay = costPerDay.doubleValue();
        return new ToolRoi(tool.id().value(), tool.supplier().value(),
                tool.parts().stream().map(PartId::value).toList(), secondTool, costPerDay, without, with, roi,
                missing, LossSpread.of(days[0], perDay), LossSpread.of(days[1], perDay));
    }

    private static int indexOf(PartSupply supply, String sourceId) {
        for (int i = 0; i < supply.sources().size(); i++) {
            if (supply.sources().get(i).id().equals(sourceId)) {
                return i;
            }
        }
        throw new IllegalStateException("source " + sourceId + " is not in part " + supply.partId());
    }

    private static double mean(int[] values) {
        double sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** A share for the exact ROI arithmetic: 6 decimals, within 0..1. */
    private static BigDecimal share(double value) {
        return BigDecimal.valueOf(Math.max(0, Math.min(1, value))).setScale(6, RoundingMode.HALF_EVEN);
    }
}
