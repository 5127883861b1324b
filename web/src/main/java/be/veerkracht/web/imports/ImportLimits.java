package be.veerkracht.web.imports;

/**
 * How much an import may bring in, so that one upload cannot fill the server's disk or memory.
 *
 * @param maxUploadBytes    the largest request body, in bytes: the file plus, for a form, its multipart envelope
 * @param maxZipEntries     the most entries (files and folders) a zip of CSV files may list
 * @param maxExtractedBytes the most bytes a zip of CSV files may unpack to, counted while unpacking (a zip bomb
 *                          declares small sizes and inflates to far more)
 */
public record ImportLimits(long maxUploadBytes, int maxZipEntries, long maxExtractedBytes) {

    private static final long MIB = 1024L * 1024L;

    /**
     * 64 MiB of upload: a 10,000-part workbook is 1.8 MB (docs/benchmarks.md), so this holds portfolios far larger
     * than any we know while keeping a wrong file from tying up the server; 100 zip entries (four CSV files plus the folders and
     * the {@code __MACOSX} copies a Mac adds); 512 MiB unpacked.
     */
    public static final ImportLimits DEFAULT = new ImportLimits(64 * MIB, 100, 512 * MIB);

    public ImportLimits {
        if (maxUploadBytes < 1 || maxZipEntries < 1 || maxExtractedBytes < 1) {
            throw new IllegalArgumentException("import limits must be positive, got " + maxUploadBytes + ", "
                    + maxZipEntries + ", " + maxExtractedBytes);
        }
    }

    /** The upload limit in whole MiB, as messages name it. */
    public long maxUploadMib() {
        return Math.max(1, maxUploadBytes / MIB);
    }

    /** The unpacked limit in whole MiB, as messages name it. */
    long maxExtractedMib() {
        return Math.max(1, maxExtractedBytes / MIB);
    }
}
