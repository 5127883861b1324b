package be.veerkracht.web.imports;

import java.util.Locale;

/**
 * The name an uploaded file is stored under and recorded as the snapshot's source: the last segment of what the
 * browser or client sent, with anything but letters, digits, blanks and {@code . _ - ( )} replaced. The name is
 * the client's word, so it never becomes a path: no separators, no leading dot, no {@code ..}.
 */
record UploadName(String value) {

    /** Longer names are cut: a source is shown in tables, and file systems limit names to 255 bytes. */
    static final int MAX_LENGTH = 120;

    /** What an upload without a name is called. */
    static final String UNNAMED = "upload";

    UploadName {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || value.startsWith(".")
                || value.contains("/") || value.contains("\\")) {
            throw new IllegalArgumentException("not a safe file name: " + value);
        }
    }

    /** The safe form of {@code given}; {@value #UNNAMED} when nothing usable is left. */
    static UploadName of(String given) {
        if (given == null) {
            return new UploadName(UNNAMED);
        }
        String last = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        String kept = last.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceAll("\\.{2,}", ".").strip();
        kept = kept.replaceFirst("^[.\\s]+", "");
        if (kept.length() > MAX_LENGTH) {
            kept = kept.substring(kept.length() - MAX_LENGTH).strip();
        }
        return new UploadName(kept.isEmpty() ? UNNAMED : kept);
    }

    /** This name ending in {@code extension} (e.g. {@code .xlsx}), added when the client named it otherwise. */
    UploadName withExtension(String extension) {
        if (value.toLowerCase(Locale.ROOT).endsWith(extension)) {
            return this;
        }
        String longer = value + extension;
        return new UploadName(longer.length() <= MAX_LENGTH ? longer
                : value.substring(0, MAX_LENGTH - extension.length()) + extension);
    }

    @Override
    public String toString() {
        return value;
    }
}
