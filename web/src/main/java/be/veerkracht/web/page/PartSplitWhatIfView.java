package be.veerkracht.web.page;

import be.veerkracht.allocation.AllocationSettings;
import be.veerkracht.allocation.CandidateOutcome;
import be.veerkracht.allocation.CandidateSource;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.StressedPart;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.web.app.BadCandidateField;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of the part page's "What if we add a supplier?" form (docs/allocation.md, "What-if: a candidate
 * supplier"): the candidate as understood, today's split and the best split without and with the candidate on the
 * same scenarios, the verdict, the part's stress test today and at the new split, the two frontiers as a chart, and
 * why. Or, when the form was wrong, only {@code refused}.
 *
 * @param refused what was wrong with the form, in the visitor's language; null when there is an answer
 */
public record PartSplitWhatIfView(Labels text, String part, String refused, String candidate,
                                  List<PartSplitView.OutcomeRow> rows, String verdict, String stressTitle,
                                  List<StressRow> stress, String avoided, String frontierChart,
                                  List<String> explanation, String method) {

    /** Gains below this, EUR a year, are solver tolerance: "no gain". */
    public static final double NO_GAIN_EUR = 0.5;

    public PartSplitWhatIfView {
        rows = List.copyOf(rows);
        stress = List.copyOf(stress);
        explanation = List.copyOf(explanation);
    }

    public record StressRow(String key, String label, String expectedLoss, String cvar95, String stockoutChance,
                            String fillRate) {
    }

    public boolean shown() {
        return refused == null;
    }

    static PartSplitWhatIfView refused(Labels text, String part, String message) {
        return new PartSplitWhatIfView(text, part, text.get(PageText.PART_SPLIT_WHATIF_REFUSED, message), "",
                List.of(), "", "", List.of(), "", "", List.of(), "");
    }

    /** The visitor's words for a bad field of the form. */
    static String refusal(Labels text, BadCandidateField bad) {
        String field = text.get(fieldLabel(bad.field()));
        PageText key = switch (bad.kind()) {
            case MISSING -> PageText.PART_SPLIT_WHATIF_BAD_MISSING;
            case NOT_A_NUMBER -> PageText.PART_SPLIT_WHATIF_BAD_NUMBER;
            case OUT_OF_RANGE -> PageText.PART_SPLIT_WHATIF_BAD_RANGE;
            case NOT_WHOLE -> PageText.PART_SPLIT_WHATIF_BAD_WHOLE;
            case UNKNOWN -> PageText.PART_SPLIT_WHATIF_BAD_UNKNOWN;
            case TOO_LONG -> PageText.PART_SPLIT_WHATIF_BAD_LONG;
        };
        return text.get(key, field, bad.given(), bad.limit());
    }

    private static PageText fieldLabel(String field) {
        return switch (field) {
            case "country" -> PageText.PART_SPLIT_WHATIF_COUNTRY;
            case "price_eur" -> PageText.PART_SPLIT_WHATIF_PRICE;
            case "lead_time_days" -> PageText.PART_SPLIT_WHATIF_LEAD_TIME;
            case "capacity_units_per_year" -> PageText.PART_SPLIT_WHATIF_CAPACITY;
            case "qualification_days" -> PageText.PART_SPLIT_WHATIF_QUALIFICATION_DAYS;
            case "qualification_cost_eur" -> PageText.PART_SPLIT_WHATIF_QUALIFICATION_COST;
            default -> PageText.PART_SPLIT_WHATIF_NAME;
        };
    }

    static PartSplitWhatIfView of(Labels text, CandidateOutcome outcome, ReferenceGeography geography) {
        CandidateSource c = outcome.candidate();
        String candidate = text.get(PageText.PART_SPLIT_WHATIF_CANDIDATE, c.name(), c.country().alpha2(),
                text.zoneOf(geography, c.country()), text.eurCents(c.priceEurPerUnit()), text.number(c.leadTimeDays()),
                text.number(c.capacityUnitsPerYear())) + " " + text.get(PageText.PART_SPLIT_WHATIF_QUALIFIED,
                text.count(c.qualificationDays()), text.eur(c.qualificationCostEur()),
                text.number(AllocationSettings.DEFAULT_AMORTISATION_YEARS));
        PartAllocation before = outcome.split().before();
        PartAllocation after = outcome.split().after();
        List<PartSplitView.OutcomeRow> rows = new ArrayList<>();
        PartSplitView.add(rows, text, before, "current", PageText.PART_SPLIT_CURRENT, before.current());
        PartSplitView.add(rows, text, before, "before", PageText.PART_SPLIT_WHATIF_BEFORE, before.optimum());
        PartSplitView.add(rows, text, after, "after", PageText.PART_SPLIT_WHATIF_AFTER, after.optimum());
        String quoted = "\u201c" + c.name() + "\u201d";
        rows = rows.stream().map(r -> new PartSplitView.OutcomeRow(r.key(), r.label(),
                r.split().replace(CandidateSource.SUPPLIER_ID, quoted), r.expectedCost(), r.cvar(),
                r.expectedShortage())).toList();
        double gain = outcome.split().objectiveGainEur();
        String gainText = PartSplitView.eur(text, gain);
        String verdict = gain < NO_GAIN_EUR ? text.get(PageText.PART_SPLIT_WHATIF_NO_GAIN)
                : outcome.candidateShare() > 0
                ? text.get(PageText.PART_SPLIT_WHATIF_GAIN, gainText, text.percent(outcome.candidateShare()))
                : text.get(PageText.PART_SPLIT_WHATIF_STANDBY, gainText);
        String stressTitle = text.get(PageText.PART_SPLIT_WHATIF_STRESS,
                text.count(outcome.stressSettings().scenarios()), Long.toString(outcome.stressSettings().seed()));
        List<StressRow> stress = List.of(
                stressRow(text, "today", PageText.PART_SPLIT_WHATIF_STRESS_TODAY, outcome.stressBefore()),
                stressRow(text, "after", PageText.PART_SPLIT_WHATIF_STRESS_AFTER, outcome.stressAfter()));
        String avoided = text.get(PageText.PART_SPLIT_WHATIF_AVOIDED,
                PartSplitView.eur(text, outcome.stressLossAvoidedEur()),
                PartSplitView.eur(text, 2 * outcome.stressLossAvoidedStandardErrorEur()));
        String chart = new FrontierChart(text).line(PageText.PART_SPLIT_CHART_BEFORE, before.frontier())
                .line(PageText.PART_SPLIT_CHART_AFTER, after.frontier()).json();
        List<String> why = after.explanation().stream()
                .map(t -> t.in(text.locale()).replace(CandidateSource.SUPPLIER_ID, quoted)).toList();
        return new PartSplitWhatIfView(text, outcome.partId(), null, candidate, rows, verdict, stressTitle, stress,
                avoided, chart, why, text.get(PageText.PART_SPLIT_METHOD, "docs/allocation.md"));
    }

    private static StressRow stressRow(Labels text, String key, PageText label, StressedPart p) {
        return new StressRow(key, text.get(label), PartSplitView.eur(text, p.expectedAnnualLossEur()) + " \u00b1 "
                + text.count(Math.round(2 * p.standardErrorEur())), PartSplitView.eur(text, p.cvar95Eur()),
                text.percent(p.stockoutProbability()), text.percentOneDecimal(p.fillRate()));
    }

}
