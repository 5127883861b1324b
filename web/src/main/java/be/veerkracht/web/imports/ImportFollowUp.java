package be.veerkracht.web.imports;

import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.page.Labels;
import java.util.Optional;

/**
 * What runs after a successful import, on the new snapshot: the sanctions screening when lists are stored
 * (web.screening). Its result is recorded in the audit chain; the import page's redirect names the entry so the page
 * can sum it up in one line.
 */
public interface ImportFollowUp {

    /** Nothing follows an import. */
    ImportFollowUp NONE = new ImportFollowUp() {
        @Override
        public Optional<Long> after(Portfolio portfolio, SnapshotInfo saved, String actor) {
            return Optional.empty();
        }

        @Override
        public Optional<String> line(Labels text, long snapshotId, long auditSeq) {
            return Optional.empty();
        }
    };

    /** Runs on the stored snapshot; the audit entry recording what was done, empty when nothing was. */
    Optional<Long> after(Portfolio portfolio, SnapshotInfo saved, String actor);

    /** The one line on the import page: what audit entry {@code auditSeq} recorded about the snapshot, if it did. */
    Optional<String> line(Labels text, long snapshotId, long auditSeq);

    /** The line as the API answers it, in English; {@code null} fields are left out by the caller. */
    default Optional<String> line(long snapshotId, long auditSeq) {
        return line(new Labels(java.util.Locale.ENGLISH), snapshotId, auditSeq);
    }
}
