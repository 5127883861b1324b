package be.veerkracht.web.screening;

import be.veerkracht.store.screening.StoredListVersion;
import be.veerkracht.web.page.Labels;

/**
 * One stored list version as the pages show it.
 *
 * @param sha256Short the first 12 hex digits of the content hash, as {@code veerkracht lists} prints it
 */
public record ListRow(long id, String source, String date, String sha256, String sha256Short, String entries,
                      String file, String importedBy, String importedAt) {

    /** How many hex digits of the SHA-256 a table shows; the whole hash is in the cell's title. */
    static final int HASH_PREFIX = 12;

    static ListRow of(Labels text, StoredListVersion v) {
        String hash = v.version().contentHash();
        return new ListRow(v.id(), v.version().source().key(), v.version().publicationDate() == null
                ? text.get(ScreeningText.UNDATED) : v.version().publicationDate().toString(), hash,
                hash.substring(0, Math.min(HASH_PREFIX, hash.length())), text.count(v.version().entryCount()),
                v.fileName(), v.importedBy() == null ? "" : v.importedBy(),
                v.importedAt() == null ? "" : text.dateTime(v.importedAt()));
    }
}
