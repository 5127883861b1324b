package be.veerkracht.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One uploaded file, saved in a temporary folder of its own that {@link #close()} deletes with everything later
 * put into it (the workbook under its name, the unpacked CSV files): nothing of an upload outlives its request.
 */
public final class Upload implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Upload.class.getName());
    private static final String RECEIVED = "received";
    private static final int BUFFER = 64 * 1024;

    private final Path folder;
    private final UploadName name;
    private final Path file;
    private final long size;

    private Upload(Path folder, UploadName name, Path file, long size) {
        this.folder = folder;
        this.name = name;
        this.file = file;
        this.size = size;
    }

    /**
     * Saves {@code content} under a new temporary folder, counting the bytes as they come: a client may send more
     * than its Content-Length said, or none at all (chunked).
     *
     * @throws ImportRefusal 413 past {@link ImportLimits#maxUploadBytes()}; the folder is deleted first
     */
    static Upload save(InputStream content, String givenName, ImportLimits limits) throws IOException {
        Path folder = Files.createTempDirectory("veerkracht-import-");
        Path file = folder.resolve(RECEIVED);
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                size += n;
                if (size > limits.maxUploadBytes()) {
                    throw ImportRefusal.tooLarge(limits);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException failed) {
            delete(folder);
            throw failed;
        }
        return new Upload(folder, UploadName.of(givenName), file, size);
    }

    UploadName name() {
        return name;
    }

    /** The user's file name, made safe (no folders, no leading dot). */
    public String fileName() {
        return name.value();
    }

    /** The bytes as received. */
    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    /** A new empty folder inside this upload's, deleted with it. */
    public Path newFolder(String folderName) throws IOException {
        return Files.createDirectory(folder.resolve(folderName));
    }

    @Override
    public void close() {
        delete(folder);
    }

    private static void delete(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) throws IOException {
                    Files.delete(path);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the import's answer stands; a leftover temporary folder is the operating system's to clean
            LOG.log(System.Logger.Level.WARNING, "could not delete the upload's temporary folder " + root, e);
        }
    }
}
