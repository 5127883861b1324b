package be.veerkracht.web.compliance;

import be.veerkracht.store.compliance.RecordedCheck;
import be.veerkracht.web.page.Labels;

/** A recorded export check as a table row of the check page and an item's page. */
public record CheckRow(long id, String item, String itemHref, String destination, String transfer, String decision,
                       String decisionCode, String authorisation, String ruleSet, String checkedBy,
                       String checkedAt) {

    static CheckRow of(Labels text, RecordedCheck check) {
        return new CheckRow(check.id(), check.item().toString(), ComplianceWords.itemPath(check.item()),
                check.destination(), ComplianceWords.word(text, "TRANSFER_", check.transfer()),
                ComplianceWords.word(text, "DECISION_", check.decision()), check.decision(),
                ComplianceWords.orDash(text, check.authorisation()), check.ruleSetVersion(), check.checkedBy(),
                text.dateTime(check.checkedAt()));
    }
}
