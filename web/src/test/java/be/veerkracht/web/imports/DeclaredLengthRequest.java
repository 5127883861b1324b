package be.veerkracht.web.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A POST that declares a body length but sends no body, over a plain socket: what the server answers from the
 * headers alone. An HTTP client sending a real 64 MiB body races the server, which refuses on the declared length
 * and closes the connection while the client still writes (seen as "header parser received no bytes").
 *
 * @param status the status code of the answer
 * @param body   the answer's body as text
 */
record DeclaredLengthRequest(int status, String body) {

    static DeclaredLengthRequest post(int port, String path, long declaredLength, Map<String, String> headers) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("Content-Length: ").append(declaredLength).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = readAll(socket.getInputStream());
            int status = Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
            int bodyStart = answer.indexOf("\r\n\r\n");
            return new DeclaredLengthRequest(status, bodyStart < 0 ? "" : answer.substring(bodyStart + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Until the server closes the connection (it does, after refusing a body it will not read). */
    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException kept) {
            // the server kept the connection open after answering: what arrived is the answer
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
