package be.veerkracht.web;

import be.veerkracht.store.user.Permission;
import be.veerkracht.store.user.TokenStore;
import be.veerkracht.store.user.User;
import be.veerkracht.store.user.UserStore;
import be.veerkracht.web.app.Visitor;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The access policy with logins: every route but the {@link WebRole#PUBLIC} ones needs a signed-in user, by the
 * session cookie or (API only) by {@code Authorization: Bearer <personal token>}; the user's <em>current</em> role
 * must have the route's permission; and a state-changing request made with the cookie must carry the session's CSRF
 * token. Refusals: API 401/403 JSON; pages 302 to {@value #LOGIN_PATH} or 403.
 */
final class SignInPolicy implements AccessPolicy {

    static final String LOGIN_PATH = "/login";
    private static final String BEARER = "Bearer ";

    private final UserStore users;
    private final TokenStore tokens;
    private final SessionRegistry sessions;

    SignInPolicy(UserStore users, TokenStore tokens, SessionRegistry sessions) {
        this.users = Objects.requireNonNull(users, "users");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public void check(Context ctx, Set<RouteRole> routeRoles) {
        WebRole role = declared(routeRoles);
        if (role.isPublic() || role == WebRole.SUPPLIER) {
            return; // a supplier's token is checked by its handler (web.quality), which knows the supplier
        }
        boolean api = Routes.isApi(ctx);
        String authorization = ctx.header("Authorization");
        Visitor visitor;
        try {
            visitor = api && authorization != null ? byToken(authorization) : bySession(ctx, api);
            Optional<Permission> needed = role.permission();
            if (needed.isPresent() && !visitor.role().may(needed.get())) {
                throw new ForbiddenResponse("forbidden: role " + visitor.role() + " lacks permission "
                        + needed.get());
            }
        } catch (UnauthorizedResponse | ForbiddenResponse | RedirectResponse refused) {
            drainSmallBody(ctx);
            throw refused;
        }
        ctx.attribute(Visitor.ATTRIBUTE, visitor);
    }

    /**
     * Bodies announced (Content-Length) up to this size are read and dropped before a refusal; larger or unannounced
     * ones are left (the connection may close).
     */
    static final int DRAINED_BYTES = 1 << 20;

    /**
     * Reads and drops an unread request body of up to {@value #DRAINED_BYTES} bytes before a refusal. A client still
     * streaming a small upload then receives the 401/403 instead of a connection reset under it (seen in CI as
     * "HTTP/1.1 header parser received no bytes" on a refused upload).
     */
    private static void drainSmallBody(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (!Csrf.changesState(ctx.method()) || length <= 0 || length > DRAINED_BYTES) {
            return; // nothing announced, or too much to read for a refusal
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int read = in.read(buffer); read >= 0 && total < DRAINED_BYTES; read = in.read(buffer)) {
                total += read;
            }
        } catch (IOException | IllegalStateException unreadable) {
            // nothing to drain, or the body was already taken: the refusal goes out as it is
        }
    }

    /** The route's role; a route without one is treated as the strictest reading role, never as public. */
    static WebRole declared(Set<RouteRole> routeRoles) {
        return routeRoles.stream().filter(WebRole.class::isInstance).map(WebRole.class::cast).findFirst()
                .orElse(WebRole.VIEWER);
    }

    private Visitor byToken(String authorization) {
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new UnauthorizedResponse("unauthorized: use Authorization: Bearer <token>");
        }
        return tokens.authenticate(authorization.substring(BEARER.length()).strip())
                .map(owner -> new Visitor(owner.userName(), owner.role(), null))
                .orElseThrow(() -> new UnauthorizedResponse("unauthorized: unknown or revoked token"));
    }

    private Visitor bySession(Context ctx, boolean api) {
        Optional<Session> session = sessions.find(ctx.cookie(AuthCookies.SESSION));
        Optional<User> user = session.flatMap(s -> users.find(s.userName()));
        if (user.isEmpty()) {
            session.ifPresent(s -> sessions.close(s.id()));
            throw api ? new UnauthorizedResponse("unauthorized: sign in at " + LOGIN_PATH
                    + " or send Authorization: Bearer <token>")
                    : new RedirectResponse(HttpStatus.FOUND, LOGIN_PATH);
        }
        String csrf = session.get().csrfToken();
        if (Csrf.changesState(ctx.method()) && !Csrf.carries(ctx, csrf, api)) {
            throw new ForbiddenResponse("forbidden: missing or invalid CSRF token");
        }
        return new Visitor(user.get().name(), user.get().role(), csrf);
    }
}
