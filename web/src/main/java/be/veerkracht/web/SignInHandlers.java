package be.veerkracht.web;

import be.veerkracht.store.user.User;
import be.veerkracht.store.user.UserStore;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.PageText;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /login}, {@code POST /login} and {@code POST /logout}. A failed login is answered 401 with one message
 * whatever went wrong (unknown name, wrong password, lock-out): {@link UserStore#login} does not tell them apart
 * either. The login form is protected against CSRF by a double-submit cookie (there is no session yet); a login
 * always opens a new session (no session fixation).
 */
final class SignInHandlers {

    private static final String NAME = "name";
    private static final String PASSWORD = "password";

    private final UserStore users;
    private final SessionRegistry sessions;
    private final PageHandlers pages;

    SignInHandlers(UserStore users, SessionRegistry sessions, PageHandlers pages) {
        this.users = Objects.requireNonNull(users, "users");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    void loginPage(Context ctx) {
        if (sessions.find(ctx.cookie(AuthCookies.SESSION)).isPresent()) {
            ctx.redirect("/");
            return;
        }
        form(ctx, 200, null, "");
    }

    void login(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam(NAME)).orElse("");
        if (!Csrf.same(ctx.formParam(Csrf.FIELD), ctx.cookie(AuthCookies.LOGIN_CSRF))) {
            form(ctx, 403, PageText.LOGIN_EXPIRED, name);
            return;
        }
        Optional<User> user = users.login(name, Optional.ofNullable(ctx.formParam(PASSWORD)).orElse(""));
        if (user.isEmpty()) {
            form(ctx, 401, PageText.LOGIN_FAILED, name);
            return;
        }
        sessions.close(ctx.cookie(AuthCookies.SESSION));
        AuthCookies.setSession(ctx, sessions.open(user.get().name()).id());
        AuthCookies.clearLoginCsrf(ctx);
        ctx.redirect("/");
    }

    /** Reached only with a live session and its CSRF token (the policy checks both). */
    void logout(Context ctx) {
        sessions.close(ctx.cookie(AuthCookies.SESSION));
        AuthCookies.clearSession(ctx);
        ctx.redirect(SignInPolicy.LOGIN_PATH);
    }

    private void form(Context ctx, int status, PageText message, String name) {
        String token = sessions.randomText();
        AuthCookies.setLoginCsrf(ctx, token);
        ctx.header("Cache-Control", "no-store");
        pages.login(ctx, status, token, message, name);
    }
}
