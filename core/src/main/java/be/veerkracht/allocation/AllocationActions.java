package be.veerkracht.allocation;

import be.veerkracht.action.Action;
import be.veerkracht.action.Action.Text;
import be.veerkracht.portfolio.PartId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a part's answer into an {@link Action} when moving is worth it: some source's share changes by at least
 * {@link #MIN_SHARE_CHANGE} and the objective falls by at least {@link #MIN_GAIN_SHARE} of today's. "Move P02 to
 * 60/40 S01/S03: expected cost +1.2 %, CVaR95 −38.0 %". Ranked by the objective's fall in EUR, then part id.
 */
public final class AllocationActions {

    /** Smallest change of a source's share that is worth a move, as a share of demand. */
    public static final double MIN_SHARE_CHANGE = 0.05;
    /** Smallest fall of the objective worth a move, as a share of today's objective. */
    public static final double MIN_GAIN_SHARE = 0.005;
    /** What the action is: a change of split. */
    public static final String KIND = "REBALANCE_SPLIT";
    /** Where it comes from. */
    public static final String ORIGIN = "allocation/CVAR_SPLIT";

    private AllocationActions() {
    }

    /** The actions of {@code parts}, largest gain first. */
    public static List<Action> rank(List<PartAllocation> parts, RiskAppetite risk) {
        List<PartAllocation> movers = new ArrayList<>();
        for (PartAllocation part : parts) {
            if (worthMoving(part)) {
                movers.add(part);
            }
        }
        movers.sort(Comparator.comparingDouble((PartAllocation p) -> -gain(p)).thenComparing(PartAllocation::partId));
        return movers.stream().map(part -> action(part, risk)).toList();
    }

    static boolean worthMoving(PartAllocation part) {
        if (part.current() == null) {
            return false;
        }
        double largest = 0;
        for (String source : part.sourceIds()) {
            largest = Math.max(largest, Math.abs(part.optimum().units(source) - part.current().units(source))
                    / part.demandUnits());
        }
        return largest >= MIN_SHARE_CHANGE && gain(part) >= MIN_GAIN_SHARE * Math.abs(part.current().objectiveEur());
    }

    private static double gain(PartAllocation part) {
        return part.current().objectiveEur() - part.optimum().objectiveEur();
    }

    static Action action(PartAllocation part, RiskAppetite risk) {
        SplitOutcome optimum = part.optimum();
        SplitOutcome current = part.current();
        List<Map.Entry<String, Double>> used = optimum.unitsBySource().entrySet().stream()
                .filter(e -> e.getValue() > SplitEvaluator.UNUSED_UNITS)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        String shares = String.join("/", used.stream().map(e -> String.format(Locale.ROOT, "%.0f",
                100 * e.getValue() / part.demandUnits())).toList());
        String sources = String.join("/", used.stream().map(Map.Entry::getKey).toList());
        String alpha = String.format(Locale.ROOT, "%.0f", 100 * risk.cvarAlpha());
        Text what = Text.of(AllocationText.ACTION_MOVE, part.partId(), shares, sources,
                Format.change(current.expectedCostEur(), optimum.expectedCostEur()), alpha,
                Format.change(current.cvarEur(), optimum.cvarEur()));
        Text why = Text.of(AllocationText.ACTION_WHY, Format.eur(current.expectedCostEur()),
                Format.eur(current.cvarEur()), Format.percent(1 - risk.cvarAlpha()));
        Text effect = Text.of(AllocationText.ACTION_EFFECT, Format.eur(gain(part)),
                Format.change(current.objectiveEur(), optimum.objectiveEur()));
        return new Action(KIND, new PartId(part.partId()), what, why, effect, spend(part), ORIGIN);
    }

    /** Today's purchases without disruption: Σ units × price, EUR, 4 places. */
    private static BigDecimal spend(PartAllocation part) {
        double eur = 0;
        for (int i = 0; i < part.sourceIds().size(); i++) {
            eur += part.current().units(part.sourceIds().get(i)) * part.prices().get(i);
        }
        return BigDecimal.valueOf(eur).setScale(4, RoundingMode.HALF_EVEN);
    }
}
