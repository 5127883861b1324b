package be.veerkracht.web.compliance;

import be.veerkracht.compliance.ExportDecision;
import be.veerkracht.compliance.icp.RedFlag;
import be.veerkracht.web.page.Labels;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A decision as the check page shows it: the item and question, the decision in words, the authorisation with its
 * conditions and source, the rules applied with their sources and confidence, the review flags, the explanation
 * (English, as the engine writes it: docs/export-control.md, "Limits"), the rule-set version and the record made.
 *
 * @param authorisation null unless the decision is UGEA
 * @param redFlagWarning the warning for red flags answered yes; null when none was
 */
public record DecisionView(String itemLine, String questionLine, String decision, String decisionCode,
                           String authorisation, String conditions, String authorisationSource, List<Rule> rules,
                           List<Flag> flags, String explanation, String ruleSet, String recordedLine,
                           String redFlagWarning) {

    public DecisionView {
        rules = List.copyOf(rules);
        flags = List.copyOf(flags);
    }

    public record Rule(String id, String text, String source, String confidence) {
    }

    public record Flag(String kind, String subject, String text, String source) {
    }

    static DecisionView of(Labels text, ComplianceDesk.CheckOutcome outcome, List<RedFlag> yes) {
        ExportDecision d = outcome.decision();
        var entry = outcome.entry();
        String itemLine = text.get(ComplianceText.CHECK_ITEM, ComplianceWords.kind(text, entry.item()),
                entry.item().id(), ComplianceWords.status(text, entry.status()),
                ComplianceWords.source(text, entry.source()));
        String endUse = d.query().endUseText().isEmpty() ? ComplianceWords.word(text, "END_USE_", d.query()
                .endUseCategory()) : d.query().endUseText() + " (" + ComplianceWords.word(text, "END_USE_",
                d.query().endUseCategory()) + ")";
        String question = text.get(ComplianceText.CHECK_QUESTION, text.country(d.query().origin()),
                text.country(d.query().destination()) + " (" + d.query().destination().alpha2() + ")",
                ComplianceWords.word(text, "TRANSFER_", d.query().transfer()), endUse);
        List<Rule> rules = d.rules().stream().map(r -> new Rule(r.id(), r.text(), r.source(),
                ComplianceWords.word(text, "CONFIDENCE_", r.confidence()))).toList();
        List<Flag> flags = d.reviewFlags().stream().map(f -> new Flag(ComplianceWords.word(text, "FLAG_", f.kind()),
                f.subject(), f.text(), f.source())).toList();
        String warning = yes.isEmpty() ? null : text.get(ComplianceText.CHECK_RED_FLAG_WARNING, yes.stream()
                .map(f -> text.get(ComplianceText.valueOf("RED_FLAG_" + f.name()))).collect(Collectors.joining(" ")));
        String recorded = outcome.recorded() == null ? null : text.get(ComplianceText.CHECK_RECORDED,
                outcome.recorded().id(), outcome.recorded().auditSeq());
        return new DecisionView(itemLine, question, ComplianceWords.word(text, "DECISION_", d.decision()),
                d.decision().name(), d.authorisation().map(a -> a.id()).orElse(null),
                d.authorisation().map(a -> text.get(ComplianceText.CHECK_CONDITIONS, String.join("; ",
                        a.conditions()))).orElse(null),
                d.authorisation().map(a -> text.get(ComplianceText.CHECK_SOURCE, a.source())).orElse(null),
                rules, flags, d.explanation(), text.get(ComplianceText.CHECK_RULE_SET, d.ruleSetVersion()), recorded,
                warning);
    }
}
