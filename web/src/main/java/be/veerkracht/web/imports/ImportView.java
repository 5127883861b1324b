package be.veerkracht.web.imports;

import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.user.Permission;
import be.veerkracht.web.app.Visitor;
import be.veerkracht.web.page.Labels;
import java.util.List;
import java.util.Optional;

/**
 * The import page: the form (for a visitor whose role may import) or why there is none, what the last upload
 * did, and the newest snapshots.
 *
 * @param csrfToken    the session's token for the form's hidden field; null without a session
 * @param cannotImport why there is no form, or null when there is one
 * @param result       the line saying what was imported, or null
 * @param screening    the one line of the sanctions screening that followed the import, or null
 * @param refusal      why the upload was refused, or null
 * @param problems     every problem of the refused upload, in the visitor's language
 * @param shownLine    "the newest 100 of 130", or null when all are shown
 */
public record ImportView(Labels text, boolean mayImport, String csrfToken, String cannotImport, String result,
                         String screening, String refusal, List<String> problems, List<SnapshotRow> snapshots, String shownLine) {

    /** The page lists at most this many snapshots, newest first; {@code GET /api/v1/snapshots} pages further. */
    public static final int MAX_ROWS = 100;

    public ImportView {
        problems = List.copyOf(problems);
        snapshots = List.copyOf(snapshots);
    }

    /**
     * @param all      every snapshot, newest first
     * @param imported the snapshot the last upload stored, to confirm
     * @param refused  why the last upload was refused
     */
    static ImportView of(Labels text, Visitor visitor, List<SnapshotInfo> all, Optional<SnapshotInfo> imported,
                         Optional<String> screening, Optional<ImportRefusal> refused) {
        boolean may = visitor == null || visitor.role().may(Permission.IMPORT);
        String cannot = may ? null : text.get(ImportText.CANNOT_IMPORT, visitor.role().name().toLowerCase(
                text.locale()));
        String result = imported.map(s -> text.get(ImportText.RESULT, s.source(), String.valueOf(s.id()),
                text.count(s.parts()), text.count(s.suppliers()), text.count(s.links()), text.count(s.tools())))
                .orElse(null);
        List<SnapshotRow> rows = all.stream().limit(MAX_ROWS).map(s -> SnapshotRow.of(s, text)).toList();
        String shown = all.size() > MAX_ROWS
                ? text.get(ImportText.SNAPSHOTS_SHOWN, text.count(MAX_ROWS), text.count(all.size())) : null;
        return new ImportView(text, may, visitor == null ? null : visitor.csrfToken(), cannot, result,
                screening.orElse(null), refused.map(r -> r.error(text.locale())).orElse(null),
                refused.map(r -> r.details(text.locale())).orElse(List.of()), rows, shown);
    }
}
