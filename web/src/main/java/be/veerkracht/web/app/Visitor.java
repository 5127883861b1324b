package be.veerkracht.web.app;

import be.veerkracht.store.user.Role;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, once the access policy has let the request through: the user's name and current role, and the
 * session's CSRF token (null when the request came with an API token, which needs none).
 */
public record Visitor(String name, Role role, String csrfToken) {

    /** The request attribute the access policy stores the visitor under. */
    public static final String ATTRIBUTE = "veerkracht.visitor";

    public Visitor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** The signed-in visitor of this request; empty on public routes without a session. */
    public static Optional<Visitor> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }
}
