package be.veerkracht.web;

import be.veerkracht.store.user.Permission;
import io.javalin.security.RouteRole;
import java.util.Optional;

/**
 * Who may call a route; every route in {@link Routes} names one, and the {@link AccessPolicy} decides. Each role
 * but {@link #PUBLIC} needs a signed-in user; most also need the user's {@code Role} to have a {@link Permission}.
 */
public enum WebRole implements RouteRole {
    /** Anyone, signed in or not: health, the API description, the login page, static files. */
    PUBLIC(null),
    /** Any signed-in user, whatever the role: signing out. */
    SIGNED_IN(null),
    /** Whoever may read the portfolio and its assessment ({@link Permission#READ}). */
    VIEWER(Permission.READ),
    /** Whoever may import a portfolio ({@link Permission#IMPORT}): {@code POST /import} and {@code POST /api/v1/imports}. */
    IMPORTER(Permission.IMPORT),
    /**
     * Whoever may record export-control data ({@link Permission#RECORD_COMPLIANCE}: the compliance and administrator
     * roles): classifications, export checks, licences and their use, the ICP.
     */
    COMPLIANCE(Permission.RECORD_COMPLIANCE),
    /**
     * A supplier's system, by its supplier token ({@code Authorization: Bearer vks_...}), not a user: the sign-in
     * policy lets the request through and the handler checks the token and that the data is the supplier's own
     * ({@code POST /api/v1/quality/batches}).
     */
    SUPPLIER(null);

    private final Permission permission;

    WebRole(Permission permission) {
        this.permission = permission;
    }

    /** The permission a signed-in user needs; empty for {@link #PUBLIC} and {@link #SIGNED_IN}. */
    public Optional<Permission> permission() {
        return Optional.ofNullable(permission);
    }

    /** True when the route answers without a signed-in user. */
    public boolean isPublic() {
        return this == PUBLIC;
    }
}
