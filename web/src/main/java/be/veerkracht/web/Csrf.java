package be.veerkracht.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Cross-site request forgery defence (synchronizer token, OWASP CSRF Prevention Cheat Sheet): each session has a
 * random token; a state-changing request made with the session cookie must send it back, as the form field
 * {@value #FIELD} or the header {@value #HEADER} (the API accepts only the header). Compared in constant time.
 */
final class Csrf {

    /** The hidden form field. */
    static final String FIELD = "csrf";
    /** The header, for scripts and the API. */
    static final String HEADER = "X-CSRF-Token";

    private Csrf() {
    }

    /** POST, PUT, PATCH and DELETE change state; GET, HEAD and OPTIONS must not. */
    static boolean changesState(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    /** True when the request carries {@code expected}: in the header, or (for pages) in the form. */
    static boolean carries(Context ctx, String expected, boolean headerOnly) {
        if (same(ctx.header(HEADER), expected)) {
            return true;
        }
        return !headerOnly && same(ctx.formParam(FIELD), expected);
    }

    /** Constant-time comparison ({@link MessageDigest#isEqual}); false when either is missing. */
    static boolean same(String given, String expected) {
        if (given == null || expected == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
