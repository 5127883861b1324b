package be.veerkracht.web.imports;

import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.page.Labels;

/**
 * One line of the page's table of snapshots, formatted for the visitor: the time in {@link Labels#TIME_ZONE}, the
 * content hash shortened to what a person compares by eye (the whole hash is the cell's title).
 */
public record SnapshotRow(long id, String importedAt, String source, String actor, String parts, String suppliers,
                          String sha256, String sha256Short) {

    /** Twelve hex digits: 48 bits, enough to tell a person's few hundred snapshots apart. */
    static final int SHORT_HASH = 12;

    static SnapshotRow of(SnapshotInfo s, Labels text) {
        return new SnapshotRow(s.id(), text.dateTime(s.importedAt()), s.source(), s.actor(), text.count(s.parts()),
                text.count(s.suppliers()), s.contentSha256(), s.contentSha256().substring(0, SHORT_HASH));
    }
}
