package be.veerkracht.ingest.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * The reference data set shipped on the classpath under {@code be/veerkracht/ingest/reference/}: the three CSV
 * files, {@code version.properties} and a {@code README.md} with sources and licences.
 */
final class ShippedReferenceData {

    static final String FOLDER = "be/veerkracht/ingest/reference/";

    private ShippedReferenceData() {
    }

    /** E.g. {@code veerkracht-reference 2026-11}. */
    static String version() {
        return version("version");
    }

    /** A version of {@code version.properties}: {@code version}, or {@code events_version} for the events. */
    static String version(String key) {
        Properties properties = new Properties();
        try (InputStream in = open("version.properties")) {
            properties.load(in);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        String version = properties.getProperty(key);
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(FOLDER + "version.properties has no " + key);
        }
        return version.strip();
    }

    /** How a shipped file is named in a problem. */
    static String where(ReferenceFile file) {
        return file.fileName() + " (shipped)";
    }

    static byte[] bytes(ReferenceFile file) {
        return bytes(file.fileName());
    }

    /** A shipped file by name, e.g. {@code events.csv}. */
    static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /**
     * Writes the three shipped files and the event catalogue ({@code events.csv}) into {@code folder}, refusing to
     * replace a file already there.
     */
    static void copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (ReferenceFile file : ReferenceFile.values()) {
            Files.write(folder.resolve(file.fileName()), bytes(file), StandardOpenOption.CREATE_NEW);
        }
        Files.write(folder.resolve(EventCatalogueLoader.FILE_NAME), bytes(EventCatalogueLoader.FILE_NAME),
                StandardOpenOption.CREATE_NEW);
    }

    private static InputStream open(String name) {
        InputStream in = ShippedReferenceData.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing from the classpath: " + FOLDER + name);
        }
        return in;
    }
}
