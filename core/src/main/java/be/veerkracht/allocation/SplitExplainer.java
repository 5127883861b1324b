package be.veerkracht.allocation;

import be.veerkracht.action.Action.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What drives a part's answer, in plain language, by small named rules in this order: export control (excluded,
 * licence, classify first); correlation of the two cheapest sources (shared footprint, zone or supplier, or none);
 * the price gap against the shortage cost (the price wins: one source; the tail wins: a split); capacities that
 * bind; a hedge above demand; a minimum share; fixed rules that break a capacity; demand no source mix can make.
 */
final class SplitExplainer {

    private final AllocationProblem problem;

    SplitExplainer(AllocationProblem problem) {
        this.problem = problem;
    }

    List<Text> explain(SplitOutcome optimum, double[] eightyTwenty, double[] fiftyFifty) {
        List<Text> lines = new ArrayList<>();
        exportControl(lines);
        correlation(lines);
        priceAgainstTail(optimum, lines);
        capacities(optimum, lines);
        hedge(optimum, lines);
        if (problem.minShare() > 0) {
            lines.add(Text.of(AllocationText.MIN_SHARE, Format.percent(problem.minShare())));
        }
        ruleBreaks("80/20", eightyTwenty, lines);
        ruleBreaks("50/50", fiftyFifty, lines);
        double coverable = 0;
        for (int i = 0; i < problem.sources().size(); i++) {
            coverable += problem.upperBound(i);
        }
        if (problem.ordering() == AllocationProblem.Ordering.SHARES_OF_DEMAND
                && coverable < problem.demandUnits() - SplitConstraints.TOLERANCE_UNITS) {
            lines.add(Text.of(AllocationText.DEMAND_NOT_COVERABLE, Format.units(problem.demandUnits())));
        }
        return List.copyOf(lines);
    }

    private void exportControl(List<Text> lines) {
        for (AllocationSource source : problem.sources()) {
            String where = source.country() == null ? "?" : source.country();
            switch (problem.exportPolicy().treatment(source.verdict())) {
                case EXCLUDE -> lines.add(Text.of(AllocationText.EXPORT_EXCLUDED, source.id(), source.verdict(),
                        where));
                case ALLOW_AND_FLAG -> lines.add(Text.of(AllocationText.EXPORT_CLASSIFY_FIRST, source.id(), where));
                case ALLOW_AND_NOTE -> {
                    if (source.verdict() == be.veerkracht.compliance.SourcingPermission.Verdict.ALLOWED_WITH_LICENCE) {
                        lines.add(Text.of(AllocationText.EXPORT_LICENCE, source.id(), where));
                    }
                }
            }
        }
    }

    /** Whether the two cheapest admitted sources fail together by construction. */
    private void correlation(List<Text> lines) {
        int[] pair = SplitRules.cheapestPair(problem);
        if (pair == null) {
            return;
        }
        AllocationSource a = problem.sources().get(pair[0]);
        AllocationSource b = problem.sources().get(pair[1]);
        Set<String> shared = new HashSet<>(a.footprints());
        shared.retainAll(b.footprints());
        if (!shared.isEmpty()) {
            lines.add(Text.of(AllocationText.SHARED_FOOTPRINT, a.id(), b.id(), shared.stream().sorted().toList()
                    .get(0)));
        } else if (a.zone() != null && a.zone().equals(b.zone())) {
            lines.add(Text.of(AllocationText.SHARED_ZONE, a.id(), b.id(), a.zone()));
        } else if (a.supplierId().equals(b.supplierId())) {
            lines.add(Text.of(AllocationText.SHARED_SUPPLIER, a.id(), b.id(), a.supplierId()));
        } else {
            lines.add(Text.of(AllocationText.SEPARATE_RISKS, a.id(), b.id()));
        }
    }

    private void priceAgainstTail(SplitOutcome optimum, List<Text> lines) {
        int[] pair = SplitRules.cheapestPair(problem);
        if (pair == null) {
            return;
        }
        AllocationSource cheaper = problem.sources().get(pair[0]);
        double gap = problem.sources().get(pair[1]).priceEurPerUnit() - cheaper.priceEurPerUnit();
        long used = optimum.unitsBySource().values().stream().filter(u -> u > SplitEvaluator.UNUSED_UNITS).count();
        if (used <= 1) {
            lines.add(Text.of(AllocationText.PRICE_GAP_WINS, Format.eur(gap), Format.eur(
                    problem.shortageCostEurPerUnit()), cheaper.id()));
        } else if (gap > 0) {
            lines.add(Text.of(AllocationText.TAIL_DRIVES, Format.eur(problem.shortageCostEurPerUnit()),
                    String.format(Locale.ROOT, "%.0f", problem.shortageCostEurPerUnit() / gap), Format.eur(gap)));
        }
    }

    private void capacities(SplitOutcome optimum, List<Text> lines) {
        for (int i = 0; i < problem.sources().size(); i++) {
            AllocationSource source = problem.sources().get(i);
            double bound = problem.upperBound(i);
            double units = optimum.units(source.id());
            if (bound > 0 && bound < problem.demandUnits() && units >= bound * (1 - 1e-6)) {
                lines.add(Text.of(AllocationText.CAPACITY_BINDS, source.id(), Format.units(bound)));
            }
        }
    }

    private void hedge(SplitOutcome optimum, List<Text> lines) {
        double total = optimum.unitsBySource().values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > problem.demandUnits() * (1 + 1e-6)) {
            lines.add(Text.of(AllocationText.HEDGE, Format.units(total), Format.units(total - problem.demandUnits())));
        }
    }

    private void ruleBreaks(String rule, double[] x, List<Text> lines) {
        if (x == null) {
            return;
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] > problem.upperBound(i) + SplitConstraints.TOLERANCE_UNITS * problem.demandUnits()) {
                lines.add(Text.of(AllocationText.RULE_BREAKS_CAPACITY, rule, problem.sources().get(i).id()));
            }
        }
    }
}
