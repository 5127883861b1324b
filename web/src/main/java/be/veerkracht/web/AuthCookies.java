package be.veerkracht.web;

import io.javalin.http.Context;

/**
 * The two cookies of signing in, written by hand so every attribute is visible here: {@code HttpOnly} (no script
 * reads them), {@code SameSite=Lax} (not sent with cross-site POSTs), and {@code Secure} when the request came over
 * https. Behind a TLS-terminating proxy the server sees http; such a proxy should add {@code Secure} itself.
 */
final class AuthCookies {

    /** The session id; a browser-session cookie (no Max-Age): the server ends the session (SessionRegistry). */
    static final String SESSION = "vk_session";
    /** The login form's CSRF token (double submit: this cookie and the form field must match). */
    static final String LOGIN_CSRF = "vk_login_csrf";
    /** How long a login form stays valid, in seconds. */
    static final int LOGIN_FORM_SECONDS = 3600;

    private AuthCookies() {
    }

    static void setSession(Context ctx, String id) {
        write(ctx, SESSION, id, "/", -1);
    }

    static void clearSession(Context ctx) {
        write(ctx, SESSION, "", "/", 0);
    }

    static void setLoginCsrf(Context ctx, String token) {
        write(ctx, LOGIN_CSRF, token, "/login", LOGIN_FORM_SECONDS);
    }

    static void clearLoginCsrf(Context ctx) {
        write(ctx, LOGIN_CSRF, "", "/login", 0);
    }

    /** @param maxAgeSeconds -1 for a browser-session cookie, 0 to delete it */
    private static void write(Context ctx, String name, String value, String path, int maxAgeSeconds) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value).append("; Path=").append(path);
        if (maxAgeSeconds >= 0) {
            cookie.append("; Max-Age=").append(maxAgeSeconds);
        }
        cookie.append("; HttpOnly; SameSite=Lax");
        if ("https".equalsIgnoreCase(ctx.scheme())) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }
}
