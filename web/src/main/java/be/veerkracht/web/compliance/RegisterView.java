package be.veerkracht.web.compliance;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.store.compliance.RegisterEntry;
import be.veerkracht.web.page.Labels;
import java.util.List;

/**
 * The register page {@code /compliance}: every part and product with its status and where it comes from, the
 * counts, and the filter to the unclassified ones.
 *
 * @param countsLine null before the first import
 */
public record RegisterView(Labels text, boolean hasSnapshot, String countsLine, boolean unclassifiedOnly,
                           List<Row> rows, String shownLine) {

    public RegisterView {
        rows = List.copyOf(rows);
    }

    /** One item as the register shows it. */
    public record Row(String kind, String id, String name, String status, String statusCode, String reason,
                      String source, String href) {
    }

    static RegisterView empty(Labels text) {
        return new RegisterView(text, false, null, false, List.of(), null);
    }

    static RegisterView of(Labels text, List<RegisterEntry> entries, boolean unclassifiedOnly) {
        long listed = entries.stream().filter(e -> e.status() instanceof ControlStatus.Listed).count();
        long notListed = entries.stream().filter(e -> e.status() instanceof ControlStatus.NotListed).count();
        long recorded = entries.stream().filter(e -> e.source() == RegisterEntry.Source.RECORDED).count();
        String counts = text.get(ComplianceText.REGISTER_COUNTS, text.count(entries.size()), text.count(listed),
                text.count(notListed), text.count(entries.size() - listed - notListed), text.count(recorded));
        List<Row> rows = entries.stream()
                .filter(e -> !unclassifiedOnly || e.status() instanceof ControlStatus.Unclassified)
                .map(e -> new Row(ComplianceWords.kind(text, e.item()), e.item().id(),
                        ComplianceWords.orDash(text, e.name()), ComplianceWords.status(text, e.status()),
                        ComplianceWords.statusCode(e.status()), ComplianceWords.reason(e.status()),
                        ComplianceWords.source(text, e.source()), ComplianceWords.itemPath(e.item())))
                .toList();
        return new RegisterView(text, true, counts, unclassifiedOnly, rows,
                text.get(ComplianceText.REGISTER_SHOWN, text.count(rows.size())));
    }
}
