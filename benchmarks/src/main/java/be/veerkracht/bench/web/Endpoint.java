package be.veerkracht.bench.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * One URL under load and how its requests authenticate: the pages with the session cookie (as a browser), the
 * API with the personal token (as a script).
 */
record Endpoint(String path, Auth auth) {

    enum Auth { SESSION, TOKEN }

    /** Generous: a request slower than this is an error, not a latency. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    static Endpoint page(String path) {
        return new Endpoint(path, Auth.SESSION);
    }

    static Endpoint api(String path) {
        return new Endpoint(path, Auth.TOKEN);
    }

    /** The request, built once and sent again and again (HttpRequest is immutable). */
    HttpRequest request(int port, Credentials credentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(TIMEOUT).GET();
        return switch (auth) {
            case SESSION -> builder.header("Accept", "text/html").header("Cookie", credentials.sessionCookie())
                    .build();
            case TOKEN -> builder.header("Accept", "application/json")
                    .header("Authorization", "Bearer " + credentials.token()).build();
        };
    }

    /** @param sessionCookie the {@code Cookie} header of a signed-in browser */
    record Credentials(String sessionCookie, String token) {
    }
}
