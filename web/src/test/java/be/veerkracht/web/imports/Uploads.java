package be.veerkracht.web.imports;

import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.ingest.write.XlsxPortfolioWriter;
import be.veerkracht.web.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files to upload, built in the test from the sample portfolio (examples/flemish-machine-builder: 180 parts, 86
 * suppliers, as its README and docs/file-format.md say), and the multipart bodies a browser sends.
 */
final class Uploads {

    static final List<String> SAMPLE_FILES = List.of("parts.csv", "suppliers.csv", "sourcing.csv", "tooling.csv");

    private Uploads() {
    }

    /** The sample's CSV files by name, as bytes. */
    static Map<String, byte[]> sampleCsv() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : SAMPLE_FILES) {
            try {
                files.put(name, Files.readAllBytes(TestServer.SAMPLE.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** A zip of {@code files}, each under {@code prefix} (empty, or a folder name ending in '/'). */
    static byte[] zip(String prefix, Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (!prefix.isEmpty()) {
                zip.putNextEntry(new ZipEntry(prefix));
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(prefix + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The sample as users zip its folder: the CSV files inside one top folder. */
    static byte[] sampleZip() {
        return zip("flemish-machine-builder/", sampleCsv());
    }

    /** The sample written as a workbook by ingest's own writer. */
    static byte[] sampleXlsx() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XlsxPortfolioWriter().write(new PortfolioReader().read(TestServer.SAMPLE).portfolio(), bytes);
            return bytes.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("the sample writes as a workbook", e);
        }
    }

    /**
     * The sample with one cell broken: sourcing.csv row 5 (header = row 1; part 110010 from L24010, a 0% candidate
     * source, so leaving the row out changes no share sum) gets lead_time_days -5. The reader's message for it is
     * {@code sourcing.csv: row 5, lead_time_days: must be > 0, got -5} (problems.properties: label.row,
     * must_be_positive), and nothing else is wrong.
     */
    static byte[] brokenZip() {
        Map<String, byte[]> files = sampleCsv();
        String[] lines = new String(files.get("sourcing.csv"), StandardCharsets.UTF_8).split("\r?\n", -1);
        String[] cells = lines[4].split(";", -1);
        if (!cells[0].equals("110010") || !cells[1].equals("L24010") || !cells[5].equals("32")) {
            throw new IllegalStateException("the sample changed: " + lines[4]);
        }
        cells[5] = "-5";
        lines[4] = String.join(";", cells);
        files.put("sourcing.csv", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
        return zip("", files);
    }

    /** A multipart/form-data body (RFC 7578) with text fields and one file; answers the request's content type. */
    record Multipart(String contentType, byte[] body) {

        static Multipart of(Map<String, String> fields, String fileField, String fileName, String fileType,
                            byte[] file) {
            String boundary = "----veerkracht" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n"));
            if (file != null) {
                write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
                out.writeBytes(file);
                write(out, "\r\n");
            }
            write(out, "--" + boundary + "--\r\n");
            return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
        }

        /** A form with the CSRF field (null: none) and the file as field {@code file}. */
        static Multipart form(String csrf, String fileName, byte[] file) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (csrf != null) {
                fields.put("csrf", csrf);
            }
            return of(fields, "file", fileName, "application/octet-stream", file);
        }

        HttpRequest.BodyPublisher publisher() {
            return HttpRequest.BodyPublishers.ofByteArray(body);
        }

        private static void write(ByteArrayOutputStream out, String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
