package be.veerkracht.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.user.Permission;
import be.veerkracht.store.user.Role;
import be.veerkracht.web.api.Json;
import io.javalin.http.HandlerType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logins, sessions, API tokens, roles and CSRF against a real server over an H2 database (no mocks). */
class SignInTest {

    private static final String IMPORT_PATH = Routes.API + "/test-import";
    private static final String ADMIN = "ann.admin";
    private static final String VIEWER = "victor.viewer";
    private static final String PASSWORD = "a long enough password";
    private static final String GENERIC = "Sign-in refused: the name or password is not right";

    /** A route declared like the coming {@code POST /api/v1/imports}: only roles with IMPORT. */
    private static final Routes.Route IMPORT_ROUTE = new Routes.Route(HandlerType.POST, IMPORT_PATH,
            WebRole.IMPORTER, ctx -> Json.respond(ctx, 200, Json.object().put("imported", true)));

    @TempDir
    Path folder;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.withLogins(folder, List.of(IMPORT_ROUTE));
        server.users().add("test", ADMIN, Role.ADMIN, PASSWORD);
        server.users().add("test", VIEWER, Role.VIEWER, PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Browser signedIn(String name) {
        Browser browser = server.newBrowser();
        assertThat(browser.signIn(name, PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    private HttpResponse<String> withBearer(String path, String token, String method) {
        HttpRequest.Builder request = server.newBrowser().request(path).header("Authorization", "Bearer " + token);
        return server.newBrowser().send(method.equals("POST")
                ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET());
    }

    @Nested
    class WithoutLogin {
        @Test
        void the_api_answers_401_json() {
            HttpResponse<String> response = server.newBrowser().get("/api/v1/assessment", "application/json");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(Json.CONTENT_TYPE));
            assertThat(response.body()).startsWith("{\"error\":\"unauthorized").endsWith("\"details\":[]}");
        }

        @Test
        void pages_redirect_to_the_login_page() {
            for (String path : List.of("/", "/parts", "/parts/rows")) {
                HttpResponse<String> response = server.newBrowser().get(path, "text/html");
                assertThat(response.statusCode()).as(path).isEqualTo(302);
                assertThat(response.headers().firstValue("Location")).as(path).contains("/login");
            }
        }

        @Test
        void an_htmx_request_after_the_session_ended_is_sent_to_the_login_page_not_swapped_in() {
            Browser anonymous = server.newBrowser();
            HttpResponse<String> response = anonymous.send(anonymous.request("/parts/rows?q=servo")
                    .header("HX-Request", "true"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("HX-Redirect")).contains("/login");
            assertThat(response.body()).isEmpty();
        }

        @Test
        void health_openapi_login_and_static_files_are_public() {
            Browser anonymous = server.newBrowser();
            assertThat(anonymous.get("/api/v1/health", "*/*").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/api/v1/openapi.json", "*/*").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/static/app/veerkracht.css", "*/*").statusCode()).isEqualTo(200);
            HttpResponse<String> login = anonymous.get("/login", "text/html");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("name=\"password\"").contains("name=\"csrf\"")
                    .doesNotContain("id=\"logout\"");
        }
    }

    @Nested
    class Login {
        @Test
        void success_sets_an_http_only_same_site_cookie_and_redirects_to_the_dashboard() {
            Browser browser = server.newBrowser();
            HttpResponse<String> response = browser.signIn(ADMIN, PASSWORD);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).contains("/");
            String cookie = response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(AuthCookies.SESSION + "=")).findFirst().orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/")
                    .doesNotContain("Secure");
            assertThat(cookie.substring(AuthCookies.SESSION.length() + 1, cookie.indexOf(';'))).hasSize(43);

            HttpResponse<String> dashboard = browser.get("/", "text/html");
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).contains("id=\"user-name\"").contains(ADMIN).contains("id=\"logout\"");
            assertThat(browser.get("/api/v1/snapshots", "application/json").statusCode()).isEqualTo(200);
        }

        @Test
        void a_wrong_password_or_unknown_name_is_401_with_one_generic_message() {
            HttpResponse<String> wrong = server.newBrowser().signIn(ADMIN, "not the password at all");
            HttpResponse<String> unknown = server.newBrowser().signIn("nobody", PASSWORD);
            for (HttpResponse<String> response : List.of(wrong, unknown)) {
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(response.body()).contains(GENERIC);
                assertThat(response.headers().allValues("Set-Cookie"))
                        .noneMatch(c -> c.startsWith(AuthCookies.SESSION + "="));
            }
            assertThat(message(wrong)).isEqualTo(message(unknown));
        }

        @Test
        void a_login_post_without_the_form_token_is_refused() {
            HttpResponse<String> response = server.newBrowser().postForm("/login",
                    Map.of("name", ADMIN, "password", PASSWORD));
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .noneMatch(c -> c.startsWith(AuthCookies.SESSION + "="));
        }

        @Test
        void lock_out_after_five_failures_gives_the_same_message_even_for_the_right_password() {
            Browser browser = server.newBrowser();
            String first = null;
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> failed = browser.signIn(VIEWER, "wrong password number " + i);
                assertThat(failed.statusCode()).isEqualTo(401);
                first = first == null ? message(failed) : first;
                assertThat(message(failed)).isEqualTo(first);
            }
            HttpResponse<String> locked = browser.signIn(VIEWER, PASSWORD);
            assertThat(locked.statusCode()).isEqualTo(401);
            assertThat(message(locked)).isEqualTo(first);
            // LockoutPolicy.DEFAULT: 15 minutes.
            server.clock().advance(Duration.ofMinutes(15));
            assertThat(browser.signIn(VIEWER, PASSWORD).statusCode()).isEqualTo(302);
        }

        private static String message(HttpResponse<String> response) {
            String body = response.body();
            int at = body.indexOf("id=\"login-message\"");
            return body.substring(at, body.indexOf("</p>", at));
        }
    }

    @Nested
    class Sessions {
        @Test
        void logout_without_the_csrf_token_is_refused_and_with_it_ends_the_session() {
            Browser browser = signedIn(ADMIN);
            String token = browser.csrfToken();
            assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
            assertThat(browser.postForm("/logout", Map.of("csrf", "x" + token.substring(1))).statusCode())
                    .isEqualTo(403);
            assertThat(browser.get("/", "text/html").statusCode()).isEqualTo(200);

            HttpResponse<String> out = browser.postForm("/logout", Map.of("csrf", token));
            assertThat(out.statusCode()).isEqualTo(302);
            assertThat(out.headers().firstValue("Location")).contains("/login");
            assertThat(browser.get("/", "text/html").statusCode()).isEqualTo(302);
            assertThat(browser.get("/api/v1/snapshots", "application/json").statusCode()).isEqualTo(401);
        }

        @Test
        void a_session_ends_after_30_idle_minutes() {
            Browser browser = signedIn(ADMIN);
            server.clock().advance(SessionRegistry.IDLE.minusSeconds(1));
            assertThat(browser.get("/", "text/html").statusCode()).isEqualTo(200);
            server.clock().advance(SessionRegistry.IDLE);
            assertThat(browser.get("/", "text/html").statusCode()).isEqualTo(302);
        }

        @Test
        void a_cookie_authenticated_api_post_needs_the_csrf_header() {
            Browser browser = signedIn(ADMIN);
            String token = browser.csrfToken();
            HttpResponse<String> without = browser.send(browser.request(IMPORT_PATH)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(without.statusCode()).isEqualTo(403);
            assertThat(without.body()).contains("CSRF");
            HttpResponse<String> formField = browser.postForm(IMPORT_PATH, Map.of("csrf", token));
            assertThat(formField.statusCode()).as("the API takes the header only").isEqualTo(403);
            HttpResponse<String> with = browser.send(browser.request(IMPORT_PATH).header(Csrf.HEADER, token)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(with.statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class Tokens {
        @Test
        void a_bearer_token_works_without_a_session_and_a_revoked_one_is_401() {
            var created = server.tokens().create("test", VIEWER);
            HttpResponse<String> ok = withBearer("/api/v1/snapshots", created.text(), "GET");
            assertThat(ok.statusCode()).isEqualTo(200);
            server.tokens().revoke("test", created.token().id());
            HttpResponse<String> revoked = withBearer("/api/v1/snapshots", created.text(), "GET");
            assertThat(revoked.statusCode()).isEqualTo(401);
            assertThat(revoked.body()).startsWith("{\"error\":\"unauthorized");
            assertThat(withBearer("/api/v1/snapshots", "vk_made-up", "GET").statusCode()).isEqualTo(401);
        }

        @Test
        void a_bearer_post_needs_no_csrf_token() {
            var admin = server.tokens().create("test", ADMIN);
            assertThat(withBearer(IMPORT_PATH, admin.text(), "POST").statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class Roles {
        @Test
        void the_import_role_needs_the_import_permission() {
            assertThat(WebRole.IMPORTER.permission()).contains(Permission.IMPORT);
            assertThat(WebRole.VIEWER.permission()).contains(Permission.READ);
            assertThat(WebRole.PUBLIC.permission()).isEmpty();
            assertThat(SignInPolicy.declared(java.util.Set.of())).as("undeclared is never public")
                    .isEqualTo(WebRole.VIEWER);
        }

        @Test
        void a_viewer_is_403_on_an_import_route_by_token_and_by_session() {
            var viewer = server.tokens().create("test", VIEWER);
            HttpResponse<String> byToken = withBearer(IMPORT_PATH, viewer.text(), "POST");
            assertThat(byToken.statusCode()).isEqualTo(403);
            assertThat(byToken.body()).startsWith("{\"error\":\"forbidden").contains("IMPORT");

            Browser browser = signedIn(VIEWER);
            HttpResponse<String> bySession = browser.send(browser.request(IMPORT_PATH)
                    .header(Csrf.HEADER, browser.csrfToken()).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(bySession.statusCode()).isEqualTo(403);
        }

        @Test
        void a_role_change_applies_to_the_open_session_at_once() {
            Browser browser = signedIn(VIEWER);
            String token = browser.csrfToken();
            server.users().changeRole("test", VIEWER, Role.BUYER);
            HttpResponse<String> now = browser.send(browser.request(IMPORT_PATH).header(Csrf.HEADER, token)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(now.statusCode()).isEqualTo(200);
        }
    }
}
