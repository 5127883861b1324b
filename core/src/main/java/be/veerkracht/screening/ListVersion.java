package be.veerkracht.screening;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One imported version of a list: which list, the date its publisher gives it, and the SHA-256 of the file's
 * bytes, so a screening can name exactly what it was screened against.
 *
 * @param publicationDate the publisher's date of this version; null when the file carries none
 * @param contentHash     lower-case hex SHA-256 of the imported file(s)
 * @param entryCount      number of entries (persons, entities, vessels...) in this version
 */
public record ListVersion(ListSource source, LocalDate publicationDate, String contentHash, int entryCount) {

    public ListVersion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentHash, "contentHash");
        if (!contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("contentHash must be a lower-case hex SHA-256: " + contentHash);
        }
        if (entryCount < 0) {
            throw new IllegalArgumentException("entryCount must be >= 0: " + entryCount);
        }
    }

    /** E.g. {@code un 2026-02-27 3f2a9c1d}: source, date and the first 8 hex digits of the hash. */
    public String label() {
        return source.key() + " " + (publicationDate == null ? "undated" : publicationDate) + " "
                + contentHash.substring(0, 8);
    }
}
