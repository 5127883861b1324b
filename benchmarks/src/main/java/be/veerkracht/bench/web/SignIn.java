package be.veerkracht.bench.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the login form as a browser does, for the session cookie the HTML pages need: {@code GET
 * /login} hands out a CSRF token twice (cookie {@code vk_login_csrf} and hidden field {@code csrf}, a double
 * submit), {@code POST /login} sends both back with name and password and answers 302 with {@code vk_session}.
 */
final class SignIn {

    static final String SESSION_COOKIE = "vk_session";
    private static final String LOGIN_CSRF_COOKIE = "vk_login_csrf";
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private SignIn() {
    }

    /** The {@code Cookie} header value that carries the new session. */
    static String sessionCookie(HttpClient client, int port, String user, String password)
            throws IOException, InterruptedException {
        URI login = URI.create("http://127.0.0.1:" + port + "/login");
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(login).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfCookie = cookie(form, LOGIN_CSRF_COOKIE)
                .orElseThrow(() -> new IllegalStateException("GET /login set no " + LOGIN_CSRF_COOKIE));
        Matcher field = HIDDEN_CSRF.matcher(form.body());
        if (!field.find()) {
            throw new IllegalStateException("the login form has no csrf field");
        }
        String body = "csrf=" + enc(field.group(1)) + "&name=" + enc(user) + "&password=" + enc(password);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", LOGIN_CSRF_COOKIE + "=" + csrfCookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("POST /login answered " + answer.statusCode() + ", not 302");
        }
        return SESSION_COOKIE + "=" + cookie(answer, SESSION_COOKIE)
                .orElseThrow(() -> new IllegalStateException("POST /login set no " + SESSION_COOKIE));
    }

    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        return setCookies.stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.contains(";") ? c.indexOf(';') : c.length()))
                .filter(v -> !v.isEmpty()).findFirst();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
