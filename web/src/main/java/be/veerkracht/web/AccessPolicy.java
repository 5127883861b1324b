package be.veerkracht.web;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Decides, before a matched route runs, whether the request may call it: the seam where sign-in and roles plug in.
 * Refuses by throwing (Javalin's {@code UnauthorizedResponse} or {@code ForbiddenResponse}).
 */
@FunctionalInterface
public interface AccessPolicy {

    /** Everyone may call everything: for tests only (the application itself uses the login policy). */
    AccessPolicy OPEN = (ctx, roles) -> {
    };

    void check(Context ctx, Set<RouteRole> routeRoles);
}
