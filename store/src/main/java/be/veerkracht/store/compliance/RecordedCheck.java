package be.veerkracht.store.compliance;

import java.time.Instant;
import java.util.List;

/**
 * An export check as recorded: what was asked, the decision, and the rule-set version it was decided under (a later
 * rule-set update does not change it).
 *
 * @param rules the ids of the rules applied, in order
 * @param flags the review flags raised, as {@code KIND: subject}
 */
public record RecordedCheck(long id, ItemRef item, String destination, String transfer, String endUse,
                            String decision, String authorisation, String ruleSetVersion, List<String> rules,
                            List<String> flags, String checkedBy, Instant checkedAt, long auditSeq) {

    public RecordedCheck {
        rules = List.copyOf(rules);
        flags = List.copyOf(flags);
    }
}
