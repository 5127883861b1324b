package be.veerkracht.bench.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /api/v1/health} over a plain socket. Deliberately not {@code java.net.http.HttpClient}: its first use
 * loads and starts enough machinery (tens of milliseconds) to blur a start-time measurement made in the server's
 * own JVM, and a refused connection must be cheap to retry while the parent polls a starting server.
 */
final class HealthProbe {

    static final String PATH = "/api/v1/health";

    private HealthProbe() {
    }

    /** The response's status code, or -1 when nothing answers yet (connection refused, reset, timeout). */
    static int status(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return statusOf(socket.getInputStream());
        } catch (IOException notYet) {
            return -1;
        }
    }

    /** Polls every {@code intervalMillis} until the server answers 200; false when {@code alive} says it died. */
    static boolean awaitUp(int port, long intervalMillis, long timeoutMillis, BooleanSupplier alive)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (status(port) == 200) {
                return true;
            }
            if (!alive.getAsBoolean()) {
                return false;
            }
            Thread.sleep(intervalMillis);
        }
        return false;
    }

    /** Reads the status line "HTTP/1.1 200 OK" and returns 200; -1 for anything else. */
    private static int statusOf(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n' && line.length() < 200; c = in.read()) {
            line.append((char) c);
        }
        String[] words = line.toString().split(" ");
        if (words.length < 2 || !words[0].startsWith("HTTP/")) {
            return -1;
        }
        try {
            return Integer.parseInt(words[1]);
        } catch (NumberFormatException notHttp) {
            return -1;
        }
    }
}
