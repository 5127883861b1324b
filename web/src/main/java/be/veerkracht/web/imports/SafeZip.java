package be.veerkracht.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks the CSV files of an uploaded zip into a folder for {@code PortfolioReader}, refusing what could harm the
 * server (OWASP File Upload Cheat Sheet; the "Zip Slip" advisory, Snyk 2018):
 * <ul>
 *   <li>an entry with an absolute path, a drive letter or a {@code ..} segment refuses the whole zip;</li>
 *   <li>more than {@link ImportLimits#maxZipEntries()} entries, or more than
 *       {@link ImportLimits#maxExtractedBytes()} unpacked, counted while inflating, not from the sizes the zip
 *       declares (a zip bomb lies about them);</li>
 *   <li>the CSV files must lie at the top of the zip or in exactly one folder, as users zip a folder: a deeper
 *       or second folder is refused rather than guessed at.</li>
 * </ul>
 * Folders, {@code __MACOSX/} (what macOS adds), dotfiles and files other than {@code .csv} are skipped. Entries are
 * written by their last name segment only, so nothing lands outside the target folder.
 */
final class SafeZip {

    private static final String CSV = ".csv";
    private static final String MAC_RESOURCES = "__MACOSX";
    private static final int BUFFER = 64 * 1024;

    private final ImportLimits limits;

    SafeZip(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * Unpacks the CSV files of {@code zip} into {@code folder} (existing and empty).
     *
     * @param name how the user named the zip, for messages
     * @throws ImportRefusal when the zip is unsafe, too large or unreadable
     */
    void extract(Path zip, String name, Path folder) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            if (archive.size() > limits.maxZipEntries()) {
                throw ImportRefusal.badZip(ImportText.ZIP_TOO_MANY_ENTRIES, name, limits.maxZipEntries());
            }
            List<ZipEntry> csvFiles = csvFiles(archive, name);
            long written = 0;
            for (ZipEntry entry : csvFiles) {
                written += copy(archive, entry, folder.resolve(lastSegment(entry)), limits.maxExtractedBytes()
                        - written, name);
            }
        } catch (ZipException | IllegalArgumentException unreadable) {
            // ZipException: a damaged or encrypted zip; IllegalArgumentException: entry names not in UTF-8
            throw ImportRefusal.badZip(ImportText.ZIP_UNREADABLE, name, String.valueOf(unreadable.getMessage()));
        }
    }

    /** The entries to unpack, after checking every entry's path and where the CSV files lie. */
    private static List<ZipEntry> csvFiles(ZipFile archive, String name) {
        List<ZipEntry> kept = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ZipEntry entry : Collections.list(archive.entries())) {
            List<String> segments = segments(entry.getName());
            if (unsafe(entry.getName(), segments)) {
                throw ImportRefusal.badZip(ImportText.ZIP_UNSAFE_PATH, name, entry.getName());
            }
            if (entry.isDirectory() || skipped(segments)) {
                continue;
            }
            folders.add(segments.size() == 1 ? "" : segments.get(0));
            if (segments.size() > 2 || folders.size() > 1) {
                throw ImportRefusal.badZip(ImportText.ZIP_NESTED, name, entry.getName());
            }
            if (!names.add(lastSegment(entry).toLowerCase(Locale.ROOT))) {
                throw ImportRefusal.badZip(ImportText.ZIP_DUPLICATE, name, entry.getName());
            }
            kept.add(entry);
        }
        return kept;
    }

    /** The path's names; {@code .} names no folder (some tools write {@code ./parts.csv}). */
    private static List<String> segments(String entryName) {
        return List.of(entryName.replace('\\', '/').split("/+")).stream()
                .filter(s -> !s.isEmpty() && !s.equals(".")).toList();
    }

    /** Absolute ({@code /x}, {@code \x}, {@code C:x}) or climbing ({@code ..}): a path that could leave the folder. */
    static boolean unsafe(String entryName, List<String> segments) {
        return entryName.startsWith("/") || entryName.startsWith("\\") || entryName.matches("^[A-Za-z]:.*")
                || segments.contains("..") || entryName.indexOf('\0') >= 0;
    }

    /** Not part of the portfolio: macOS resource forks, hidden files, anything but a CSV file. */
    private static boolean skipped(List<String> segments) {
        return segments.isEmpty() || segments.contains(MAC_RESOURCES)
                || segments.stream().anyMatch(s -> s.startsWith("."))
                || !segments.get(segments.size() - 1).toLowerCase(Locale.ROOT).endsWith(CSV);
    }

    private static String lastSegment(ZipEntry entry) {
        List<String> segments = segments(entry.getName());
        return segments.get(segments.size() - 1);
    }

    /** Copies one entry, stopping as soon as it passes {@code allowed} bytes; answers the bytes written. */
    private long copy(ZipFile archive, ZipEntry entry, Path target, long allowed, String name) throws IOException {
        long written = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = archive.getInputStream(entry);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > allowed) {
                    throw ImportRefusal.badZip(ImportText.ZIP_TOO_LARGE, name, limits.maxExtractedMib());
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }
}
