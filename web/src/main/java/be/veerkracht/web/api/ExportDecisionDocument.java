package be.veerkracht.web.api;

import be.veerkracht.compliance.AppliedRule;
import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.ExportDecision;
import be.veerkracht.compliance.ReviewFlag;
import be.veerkracht.store.compliance.RecordedCheck;
import be.veerkracht.store.compliance.RegisterEntry;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * An export check as JSON (schema {@value #SCHEMA}, docs/schemas/export-check.schema.json): the item with its status
 * and where it comes from, the question, the decision with the authorisation, the rules applied with their legal
 * sources, review flags, the rule-set version, and the record made of it. One mapping for
 * {@code veerkracht compliance check-export --format json} and the API.
 */
public final class ExportDecisionDocument {

    public static final String SCHEMA = "veerkracht/export-check/1";

    private ExportDecisionDocument() {
    }

    /** @param recorded the record made of the check; null when it was not recorded */
    public static ObjectNode of(RegisterEntry entry, ExportDecision decision, RecordedCheck recorded) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        item(root.putObject("item"), entry);
        root.put("origin", decision.query().origin().alpha2());
        root.put("destination", decision.query().destination().alpha2());
        root.put("transfer", lower(decision.query().transfer()));
        root.put("end_use", decision.query().endUseText());
        root.put("end_use_category", lower(decision.query().endUseCategory()));
        root.put("decision", decision.decision().name());
        if (decision.authorisation().isPresent()) {
            ObjectNode authorisation = root.putObject("authorisation");
            authorisation.put("id", decision.authorisation().get().id());
            ArrayNode conditions = authorisation.putArray("conditions");
            decision.authorisation().get().conditions().forEach(conditions::add);
            authorisation.put("source", decision.authorisation().get().source());
        } else {
            root.putNull("authorisation");
        }
        ArrayNode rules = root.putArray("rules");
        for (AppliedRule rule : decision.rules()) {
            rules.addObject().put("id", rule.id()).put("text", rule.text()).put("source", rule.source())
                    .put("confidence", lower(rule.confidence()));
        }
        ArrayNode flags = root.putArray("review_flags");
        for (ReviewFlag flag : decision.reviewFlags()) {
            flags.addObject().put("kind", lower(flag.kind())).put("subject", flag.subject()).put("text", flag.text())
                    .put("source", flag.source());
        }
        root.put("rule_set_version", decision.ruleSetVersion());
        root.put("explanation", decision.explanation());
        if (recorded == null) {
            root.putNull("recorded");
        } else {
            root.putObject("recorded").put("check_id", recorded.id()).put("audit_seq", recorded.auditSeq())
                    .put("checked_by", recorded.checkedBy()).put("checked_at", recorded.checkedAt().toString());
        }
        return root;
    }

    /** {@code kind}, {@code id}, {@code name}, {@code status}, {@code dual_use_code}, {@code reason}, {@code source}. */
    public static void item(ObjectNode node, RegisterEntry entry) {
        node.put("kind", lower(entry.item().kind())).put("id", entry.item().id()).put("name", entry.name());
        ControlStatus status = entry.status();
        if (status instanceof ControlStatus.Listed listed) {
            node.put("status", "listed").put("dual_use_code", listed.code().code()).putNull("reason");
        } else if (status instanceof ControlStatus.NotListed notListed) {
            node.put("status", "not_listed").putNull("dual_use_code").put("reason", notListed.reason());
        } else {
            node.put("status", "unclassified").putNull("dual_use_code").putNull("reason");
        }
        node.put("source", lower(entry.source()));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
