package be.veerkracht.web.screening;

import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The UN fixture and the multipart bodies that upload it. The fixture is a copy of ingest's
 * {@code un_consolidated_fixture.xml} (ingest/src/test/resources/be/veerkracht/ingest/sanctions, FIXTURES.md there):
 * 8 entries cut verbatim from the UN Security Council consolidated list of 2026-02-27, among them KPe.001 "KOREA
 * MINING DEVELOPMENT TRADING CORPORATION" (entity, KP).
 */
final class ListUploads {

    static final String FIXTURE = "un_consolidated_fixture.xml";
    /** The fixture's one Korean entity: {@code ScreenCommandTest} (cli) screens it with score above 0.9. */
    static final String KOREA = "Korea Mining Development Trading Corp";
    static final String KOREA_ENTRY = "KPe.001";
    /** A UN file cut short: the reader refuses it, naming the file. */
    static final byte[] BROKEN = "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\"><INDIVIDUALS>"
            .getBytes(StandardCharsets.UTF_8);

    private ListUploads() {
    }

    static byte[] fixture() {
        try (InputStream in = ListUploads.class.getResourceAsStream(FIXTURE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart/form-data body (RFC 7578): text fields and the file as field {@code file}. */
    static HttpRequest.Builder multipart(HttpRequest.Builder request, Map<String, String> fields, String fileName,
                                         byte[] file) {
        String boundary = "----veerkracht" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (file != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(file);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    }

    /** Uploads a list through the API with a personal token. */
    static HttpResponse<String> apiUpload(TestServer server, String token, String fileName, byte[] file,
                                          String... fields) {
        Browser client = server.newBrowser();
        return client.send(multipart(client.request("/api/v1/lists").header("Authorization", "Bearer " + token),
                pairs(fields), fileName, file));
    }

    /** Uploads a list through the page's form, with the session's CSRF token. */
    static HttpResponse<String> pageUpload(Browser browser, String fileName, byte[] file, String... fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf", browser.csrfToken());
        all.putAll(pairs(fields));
        return browser.send(multipart(browser.request("/screening/lists"), all, fileName, file));
    }

    private static Map<String, String> pairs(String... fields) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            map.put(fields[i], fields[i + 1]);
        }
        return map;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
