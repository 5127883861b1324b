package be.veerkracht.store.snapshot;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored import, without its content: what a list of snapshots shows.
 *
 * @param id            the snapshot's number, increasing with each import
 * @param importedAt    when it was saved, UTC, whole milliseconds (the same instant as its audit entry)
 * @param source        the file or folder as the user named it
 * @param contentSha256 SHA-256 of that content
 * @param actor         who imported it
 */
public record SnapshotInfo(long id, Instant importedAt, String source, String contentSha256, String actor,
                           int parts, int suppliers, int links, int tools) {

    public SnapshotInfo {
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(actor, "actor");
    }

    /** How the audit chain names it: {@code snapshot:7}. */
    public String auditSubject() {
        return "snapshot:" + id;
    }
}
