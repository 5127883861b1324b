package be.veerkracht.store.audit;

import java.nio.file.Path;

/**
 * An exported audit log.
 *
 * @param file     the JSON Lines file written
 * @param entries  how many entries it holds
 * @param headHash the last entry's hash: keep it apart from the file to detect a truncated or rewritten copy
 */
public record AuditExport(Path file, long entries, String headHash) {
}
