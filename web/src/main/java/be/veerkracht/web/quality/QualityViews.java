package be.veerkracht.web.quality;

import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.check.CharacteristicReview;
import be.veerkracht.quality.check.PartReview;
import be.veerkracht.quality.check.QualityAlert;
import be.veerkracht.quality.check.QualityReview;
import be.veerkracht.quality.check.SecondaryValidation;
import be.veerkracht.quality.check.SupplierReview;
import be.veerkracht.quality.equivalence.CrossValidation;
import be.veerkracht.quality.equivalence.EquivalenceVerdict;
import be.veerkracht.quality.equivalence.LabAgreement;
import be.veerkracht.quality.spc.StatisticFormat;
import be.veerkracht.store.quality.QualityCheckJson;
import be.veerkracht.web.page.Labels;
import java.util.List;
import java.util.stream.Collectors;

/** The view models of the quality pages, built from the review in the visitor's language. */
public final class QualityViews {

    private QualityViews() {
    }

    /** One alert as a table row. */
    public record AlertRow(String at, String kind, String kindCode, String part, String characteristic,
                           String supplier, String reason) {

        static AlertRow of(Labels text, QualityCheckJson words, QualityAlert a) {
            return new AlertRow(text.dateTime(a.at()), text.get(QualityText.valueOf("KIND_" + a.kind().name())),
                    a.kind().name(), a.part().value(), a.characteristic(), a.supplier().value(),
                    a.reason().stream().map(words::text).collect(Collectors.joining(" ")));
        }
    }

    /** One part of the overview. */
    public record PartRow(String part, String primary, int alerts, String verdicts) {
    }

    /** {@code /quality}. */
    public record Overview(Labels text, List<AlertRow> alerts, List<PartRow> parts, String summary) {
    }

    /** {@code /quality/parts/{id}}. */
    public record PartPage(Labels text, String part, String intro, String reviewJson, List<Section> sections,
                           List<AlertRow> alerts) {
    }

    /** One characteristic: its chart (drawn from the part's JSON by index) and its tables. */
    public record Section(int index, String name, String specification, List<String> notes,
                          List<ValidationRow> validations, List<CapabilityRow> capabilities, List<LabRow> labs) {
    }

    public record ValidationRow(String secondary, String counts, String means, String difference, String tostP,
                                String interval, String verdict, String verdictCode, String reason,
                                String additional) {
    }

    public record CapabilityRow(String supplier, String lots, String chart, String firings, String outOfSpec,
                                String cp, String cpk, String pp, String ppk) {
    }

    public record LabRow(String supplier, String lots, String bias, String limits, String tostP, String verdict,
                         String reason) {
    }

    static List<AlertRow> alerts(Labels text, QualityCheckJson words, List<QualityAlert> alerts) {
        return alerts.stream().map(a -> AlertRow.of(text, words, a)).toList();
    }

    static Overview overview(Labels text, QualityCheckJson words, QualityReview review) {
        List<PartRow> parts = review.parts().stream().map(p -> new PartRow(p.agreement().part().value(),
                p.agreement().primary().map(s -> s.value()).orElse("\u2014"), review.alerts(p.agreement().part())
                .size(), verdicts(text, p))).toList();
        return new Overview(text, alerts(text, words, review.alerts()), parts,
                review.explanation().stream().map(words::text).collect(Collectors.joining(" ")));
    }

    private static String verdicts(Labels text, PartReview part) {
        return part.characteristics().stream().flatMap(c -> c.crossValidations().stream()
                .map(v -> c.characteristic().name() + " " + v.secondary().value() + ": "
                        + verdict(text, v.validation().verdict()))).collect(Collectors.joining("; "));
    }

    static PartPage part(Labels text, QualityCheckJson words, QualityReview review, PartReview part, String json) {
        List<Section> sections = new java.util.ArrayList<>();
        for (int i = 0; i < part.characteristics().size(); i++) {
            sections.add(section(text, words, i, part.characteristics().get(i)));
        }
        String intro = text.get(QualityText.PART_INTRO, String.valueOf(part.agreement().version()),
                part.agreement().primary().map(s -> s.value()).orElse("\u2014"));
        return new PartPage(text, part.agreement().part().value(), intro, json, sections,
                alerts(text, words, review.alerts(part.agreement().part())));
    }

    private static Section section(Labels text, QualityCheckJson words, int index, CharacteristicReview review) {
        Characteristic c = review.characteristic();
        String spec = text.get(QualityText.SPECIFICATION, number(c.lsl()), number(c.usl()), c.unit(),
                StatisticFormat.of(c.margin()));
        List<String> notes = review.explanation().stream().map(words::text).toList();
        List<ValidationRow> validations = review.crossValidations().stream().map(v -> validation(text, words, v))
                .toList();
        List<CapabilityRow> capabilities = review.suppliers().stream().map(s -> capability(text, s)).toList();
        List<LabRow> labs = review.suppliers().stream().filter(s -> s.lab() != null).map(s -> lab(text, words, s))
                .toList();
        return new Section(index, c.name(), spec, notes, validations, capabilities, labs);
    }

    private static ValidationRow validation(Labels text, QualityCheckJson words, SecondaryValidation v) {
        CrossValidation c = v.validation();
        boolean tests = c.tost() != null;
        return new ValidationRow(v.secondary().value(), c.primaryCount() + " / " + c.secondaryCount(),
                number(c.primaryMean()) + " / " + number(c.secondaryMean()),
                tests ? StatisticFormat.of(c.tost().difference()) : "\u2014",
                tests ? StatisticFormat.of(c.tost().pValue()) : "\u2014",
                tests ? "[" + StatisticFormat.of(c.tost().ciLower()) + ", " + StatisticFormat.of(c.tost().ciUpper())
                        + "]" : "\u2014",
                verdict(text, c.verdict()), c.verdict().name(), words.text(c.reason()),
                String.valueOf(c.additionalPerSupplier()));
    }

    private static CapabilityRow capability(Labels text, SupplierReview s) {
        String supplier = s.supplier().value() + (s.primary() ? " (" + text.get(QualityText.PRIMARY_MARK) + ")" : "");
        boolean has = s.capability() != null;
        return new CapabilityRow(supplier, String.valueOf(s.lots().size()),
                s.chart() == null ? "\u2014" : s.chart().chart().kind().name(),
                String.valueOf(s.chart() == null ? 0 : s.chart().firings().size()), String.valueOf(s.outOfSpec()
                .size()), has ? number(s.capability().cp()) : "\u2014",
                has ? StatisticFormat.of(s.capability().cpk()) : "\u2014", has ? number(s.capability().pp()) : "\u2014",
                has ? StatisticFormat.of(s.capability().ppk()) : "\u2014");
    }

    private static LabRow lab(Labels text, QualityCheckJson words, SupplierReview s) {
        LabAgreement lab = s.lab();
        return new LabRow(s.supplier().value(), String.valueOf(lab.lots()), StatisticFormat.of(lab.meanDifference()),
                "[" + StatisticFormat.of(lab.lowerLimitOfAgreement()) + ", "
                        + StatisticFormat.of(lab.upperLimitOfAgreement()) + "]",
                lab.tost() == null ? "\u2014" : StatisticFormat.of(lab.tost().pValue()),
                verdict(text, lab.verdict()), words.text(lab.reason()));
    }

    static String verdict(Labels text, EquivalenceVerdict verdict) {
        return text.get(QualityText.valueOf("VERDICT_" + verdict.name()));
    }

    private static String number(Double value) {
        return value == null ? "\u2014" : StatisticFormat.of(value);
    }
}
