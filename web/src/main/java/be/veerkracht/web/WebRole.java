package be.veerkracht.web;

import io.javalin.security.RouteRole;

/** Who may call a route; every route in {@link Routes} names one, and the {@link AccessPolicy} decides. */
public enum WebRole implements RouteRole {
    /** Anyone, signed in or not: health, the API description, static files. */
    PUBLIC,
    /** Whoever may read the portfolio and its assessment. */
    VIEWER
}
