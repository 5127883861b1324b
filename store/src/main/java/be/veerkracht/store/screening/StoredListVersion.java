package be.veerkracht.store.screening;

import be.veerkracht.screening.ListVersion;
import java.time.Instant;
import java.util.Objects;

/**
 * A list version as imported: the version itself, the file it came from, who imported it and when.
 *
 * @param id      the stored version's number, as screenings name it
 * @param created true only in the answer of the import that stored it; false when the same file (same source and
 *                SHA-256) had been imported before (nothing new stored) and for versions read back
 */
public record StoredListVersion(long id, ListVersion version, String fileName, String importedBy, Instant importedAt,
                                long auditSeq, boolean created) {

    public StoredListVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fileName, "fileName");
    }
}
