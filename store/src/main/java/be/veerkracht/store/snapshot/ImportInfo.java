package be.veerkracht.store.snapshot;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an imported portfolio came from, recorded with its snapshot and in the audit chain, so a figure shown
 * later can be traced to the exact file and the person who loaded it.
 *
 * @param source        the file or folder as the user named it, e.g. {@code exports/portfolio-2026-11.xlsx}
 * @param contentSha256 SHA-256 of its content in lower-case hex (the importer computes it over the bytes it read)
 * @param actor         who imported it: the OS user name for the command line
 */
public record ImportInfo(String source, String contentSha256, String actor) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ImportInfo {
        source = required(source, "source");
        Objects.requireNonNull(contentSha256, "contentSha256");
        if (!SHA256_HEX.matcher(contentSha256).matches()) {
            throw new IllegalArgumentException("contentSha256 must be 64 lower-case hex digits, got " + contentSha256);
        }
        actor = required(actor, "actor");
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return text.strip();
    }
}
