package be.veerkracht.web.api;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.icp.IcpChecklist;
import be.veerkracht.compliance.icp.IcpElementState;
import be.veerkracht.compliance.licence.Licence;
import be.veerkracht.compliance.licence.LicenceAlert;
import be.veerkracht.compliance.licence.LicenceUse;
import be.veerkracht.store.compliance.Classification;
import be.veerkracht.store.compliance.RecordedCheck;
import be.veerkracht.store.compliance.RegisterEntry;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The export-control records as JSON for {@code /api/v1/compliance/...}: the register (schema
 * {@value #REGISTER_SCHEMA}, items as {@link ExportDecisionDocument#item}), recorded checks, licences with their use
 * and alerts, the ICP, a classification. Codes are lower case ({@code ugea_registration}, {@code in_place}).
 */
public final class ComplianceDocuments {

    public static final String REGISTER_SCHEMA = "veerkracht/export-register/1";

    private ComplianceDocuments() {
    }

    public static ObjectNode register(long snapshotId, List<RegisterEntry> entries) {
        ObjectNode root = Json.object().put("schema", REGISTER_SCHEMA).put("snapshot_id", snapshotId);
        long listed = entries.stream().filter(e -> e.status() instanceof ControlStatus.Listed).count();
        long notListed = entries.stream().filter(e -> e.status() instanceof ControlStatus.NotListed).count();
        long recorded = entries.stream().filter(e -> e.source() == RegisterEntry.Source.RECORDED).count();
        root.putObject("counts").put("items", entries.size()).put("listed", listed).put("not_listed", notListed)
                .put("unclassified", entries.size() - listed - notListed).put("recorded", recorded);
        ArrayNode items = root.putArray("items");
        entries.forEach(entry -> ExportDecisionDocument.item(items.addObject(), entry));
        return root;
    }

    public static ObjectNode checks(List<RecordedCheck> checks) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("checks");
        for (RecordedCheck check : checks) {
            ObjectNode node = list.addObject().put("check_id", check.id());
            node.putObject("item").put("kind", lower(check.item().kind())).put("id", check.item().id());
            node.put("destination", check.destination()).put("transfer", check.transfer().toLowerCase(Locale.ROOT))
                    .put("end_use", check.endUse()).put("decision", check.decision())
                    .put("authorisation", check.authorisation()).put("rule_set_version", check.ruleSetVersion());
            check.rules().forEach(node.putArray("rules")::add);
            check.flags().forEach(node.putArray("review_flags")::add);
            node.put("checked_by", check.checkedBy()).put("checked_at", check.checkedAt().toString())
                    .put("audit_seq", check.auditSeq());
        }
        return root;
    }

    public static ObjectNode classification(RegisterEntry item, Classification saved) {
        ObjectNode root = Json.object();
        ExportDecisionDocument.item(root.putObject("item"), item);
        ObjectNode node = root.putObject("classification");
        if (saved.status() instanceof ControlStatus.Listed listed) {
            node.put("status", "listed").put("dual_use_code", listed.code().code());
        } else {
            node.put("status", "not_listed").putNull("dual_use_code");
        }
        node.put("reason", saved.reason()).put("classified_by", saved.classifiedBy())
                .put("classified_on", saved.classifiedOn().toString()).put("evidence", saved.evidence())
                .put("recorded_by", saved.recordedBy()).put("recorded_at", saved.recordedAt().toString())
                .put("audit_seq", saved.auditSeq());
        return root;
    }

    public static ObjectNode licences(LocalDate today, List<Licence> licences, List<LicenceUse> uses,
                                      List<LicenceAlert> alerts) {
        ObjectNode root = Json.object().put("today", today.toString());
        ArrayNode list = root.putArray("licences");
        for (Licence licence : licences) {
            ObjectNode node = licence(list.addObject(), licence);
            List<LicenceUse> own = uses.stream().filter(u -> u.licenceNumber().equals(licence.number())).toList();
            node.putObject("used").put("shipments", own.size())
                    .put("quantity", sum(own, LicenceUse::quantity)).put("value_eur", sum(own, LicenceUse::valueEur));
        }
        ArrayNode useList = root.putArray("uses");
        uses.forEach(use -> use(useList.addObject(), use));
        ArrayNode alertList = root.putArray("alerts");
        for (LicenceAlert alert : alerts) {
            alertList.addObject().put("licence", alert.licenceNumber()).put("kind", lower(alert.kind()))
                    .put("due", alert.due().toString()).put("period_start", text(alert.periodStart()))
                    .put("period_end", text(alert.periodEnd())).put("days_left", alert.daysLeft());
        }
        return root;
    }

    public static ObjectNode licence(ObjectNode node, Licence licence) {
        node.put("number", licence.number()).put("kind", lower(licence.kind()))
                .put("authorisation", licence.authorisation()).put("valid_from", licence.validFrom().toString())
                .put("valid_until", text(licence.validUntil()));
        licence.items().stream().sorted().forEach(node.putArray("items")::add);
        licence.destinations().stream().sorted().forEach(node.putArray("destinations")::add);
        node.put("quantity_limit", licence.quantityLimit()).put("value_limit_eur", licence.valueLimitEur())
                .put("end_user", licence.endUser()).put("reporting", lower(licence.reporting()));
        return node;
    }

    public static ObjectNode use(ObjectNode node, LicenceUse use) {
        return node.put("licence", use.licenceNumber()).put("shipment", use.shipment()).put("item", use.itemRef())
                .put("destination", use.destination()).put("quantity", use.quantity())
                .put("value_eur", use.valueEur()).put("shipped_on", use.shippedOn().toString());
    }

    /** @param questions each red flag's code and its question (English) */
    public static ObjectNode icp(LocalDate today, IcpChecklist checklist, List<String[]> questions) {
        ObjectNode root = Json.object().put("today", today.toString()).put("in_place", checklist.inPlace(today))
                .put("complete", checklist.complete(today))
                .put("review_interval_months", IcpChecklist.REVIEW_INTERVAL_MONTHS);
        ArrayNode elements = root.putArray("elements");
        checklist.asOf(today).forEach(state -> element(elements.addObject(), state));
        ArrayNode flags = root.putArray("red_flags");
        questions.forEach(q -> flags.addObject().put("code", q[0]).put("question", q[1]));
        return root;
    }

    public static ObjectNode element(ObjectNode node, IcpElementState state) {
        return node.put("element", lower(state.element())).put("number", state.element().number())
                .put("status", lower(state.status())).put("owner", state.owner()).put("evidence", state.evidence())
                .put("reviewed_on", text(state.reviewedOn()));
    }

    private static BigDecimal sum(List<LicenceUse> uses, Function<LicenceUse, BigDecimal> amount) {
        return uses.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
