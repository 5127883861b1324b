package be.veerkracht.web.compliance;

import be.veerkracht.store.compliance.Classification;
import be.veerkracht.store.compliance.RecordedCheck;
import be.veerkracht.store.compliance.RegisterEntry;
import be.veerkracht.web.page.Labels;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One item's page {@code /compliance/items/{kind}/{id}}: its status, the guided classification form (category 0–9
 * → product group A–E → entry, or not listed with a reason), and its history of classifications and checks.
 *
 * @param checkHref the check page with this item filled in
 * @param csrf  the session's CSRF token; null without a session (the API's token users see no form)
 * @param error a refusal of the form, in the visitor's language; null when none
 * @param done  what the last submission recorded; null when nothing
 */
public record ItemView(Labels text, String title, String current, String postPath, String checkHref,
                       boolean mayRecord, String csrf,
                       Form form, String error, String done, List<Option> categories, List<Option> groups,
                       List<HistoryRow> history, List<CheckRow> checks) {

    public ItemView {
        categories = List.copyOf(categories);
        groups = List.copyOf(groups);
        history = List.copyOf(history);
        checks = List.copyOf(checks);
    }

    /** The form's fields as entered (or their defaults). */
    public record Form(String status, String category, String group, String code, String reason, String classifiedBy,
                       String classifiedOn, String evidence) {
    }

    /** A choice of a select, {@code selected} when the form holds it. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A recorded classification. */
    public record HistoryRow(String status, String reason, String classifiedBy, String classifiedOn, String evidence,
                             String recordedBy, String recordedAt, long auditSeq) {
    }

    static ItemView of(Labels text, RegisterEntry entry, boolean mayRecord, String csrf, Form form, String error,
                       String done, List<Classification> history, List<RecordedCheck> checks) {
        String title = text.get(ComplianceText.ITEM_TITLE, ComplianceWords.kind(text, entry.item()), entry.item().id())
                + (entry.name() == null ? "" : " · " + entry.name());
        String current = text.get(ComplianceText.ITEM_CURRENT, ComplianceWords.status(text, entry.status()),
                ComplianceWords.source(text, entry.source()));
        List<Option> categories = IntStream.rangeClosed(0, 9).mapToObj(c -> new Option(Integer.toString(c),
                text.get(ComplianceText.valueOf("CATEGORY_" + c)), Integer.toString(c).equals(form.category())))
                .toList();
        List<Option> groups = "ABCDE".chars().mapToObj(g -> String.valueOf((char) g)).map(g -> new Option(g,
                text.get(ComplianceText.valueOf("GROUP_" + g)), g.equalsIgnoreCase(form.group()))).toList();
        List<HistoryRow> rows = history.stream().map(c -> new HistoryRow(ComplianceWords.status(text, c.status()),
                c.reason(), c.classifiedBy(), c.classifiedOn().toString(), ComplianceWords.orDash(text, c.evidence()),
                c.recordedBy(), text.dateTime(c.recordedAt()), c.auditSeq())).toList();
        String checkHref = "/compliance/check?item_kind=" + entry.item().kind().name().toLowerCase(java.util.Locale.ROOT)
                + "&item_id=" + java.net.URLEncoder.encode(entry.item().id(), java.nio.charset.StandardCharsets.UTF_8);
        return new ItemView(text, title, current, ComplianceWords.itemPath(entry.item()), checkHref, mayRecord, csrf,
                form,
                error, done, categories, groups, rows, checks.stream().map(c -> CheckRow.of(text, c)).toList());
    }

    /** The form's defaults: listed, today, classified by the signed-in user. */
    static Form defaults(String user, String today) {
        return new Form("listed", null, null, null, null, user, today, null);
    }
}
