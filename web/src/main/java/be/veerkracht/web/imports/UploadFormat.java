package be.veerkracht.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What an upload is, judged by its bytes and never by its name or declared content type, which clients get wrong
 * (a renamed CSV, {@code application/octet-stream}). An xlsx workbook is itself a zip (ECMA-376 Part 2, Open
 * Packaging Conventions) holding {@value #CONTENT_TYPES} and {@value #WORKBOOK}; any other zip is taken as a zip of
 * CSV files.
 */
enum UploadFormat {
    XLSX(".xlsx"),
    ZIP(".zip");

    /** A zip's local file header (PKWARE APPNOTE 4.3.7), where every non-empty zip starts. */
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    /** An empty zip is only its end-of-central-directory record (APPNOTE 4.3.16). */
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String WORKBOOK = "xl/workbook.xml";

    private final String extension;

    UploadFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /**
     * The format of {@code file}; empty when it is not a zip at all. A file that starts like a zip but whose
     * directory cannot be read is a {@link #ZIP}, so the refusal names it as a broken zip.
     */
    static Optional<UploadFormat> sniff(Path file) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(LOCAL_HEADER.length);
        }
        if (Arrays.equals(magic, EMPTY_ZIP)) {
            return Optional.of(ZIP);
        }
        if (!Arrays.equals(magic, LOCAL_HEADER)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean workbook = zip.getEntry(CONTENT_TYPES) != null && zip.getEntry(WORKBOOK) != null;
            return Optional.of(workbook ? XLSX : ZIP);
        } catch (ZipException unreadable) {
            return Optional.of(ZIP);
        }
    }
}
