package be.veerkracht.web;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.store.Database;
import be.veerkracht.web.api.ApiHandlers;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.SnapshotSource;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import io.javalin.Javalin;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Veerkracht web application: dashboard and parts pages, and the JSON API under {@code /api/v1}, over the
 * newest stored snapshot. Binds to the loopback address unless told otherwise; there is no sign-in yet, so only
 * an {@link AccessPolicy} that checks users should ever go with another address.
 */
public final class VeerkrachtServer implements AutoCloseable {

    /** Only this machine can reach the server unless a bind address is given. */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    /** The port a person gets without asking for one; 0 asks the system for any free port. */
    public static final int DEFAULT_PORT = 7070;

    private final List<Routes.Route> routes;
    private final Javalin app;

    /** Over an open database, which the caller closes after {@link #stop()}. */
    public static VeerkrachtServer of(Database database, ReferenceGeography geography) {
        return new VeerkrachtServer(SnapshotSource.of(database), geography, AccessPolicy.OPEN);
    }

    public VeerkrachtServer(SnapshotSource snapshots, ReferenceGeography geography, AccessPolicy access) {
        Objects.requireNonNull(access, "access");
        LatestAssessment latest = new LatestAssessment(snapshots, geography);
        PageHandlers pages = new PageHandlers(latest, new Views(), Locale.ENGLISH);
        this.routes = Routes.of(new ApiHandlers(latest), pages);
        this.app = Javalin.create(config -> Routes.configure(config, routes, access, pages));
    }

    /** Starts on {@link #DEFAULT_BIND_ADDRESS}; returns the port it listens on. */
    public int start(int port) {
        return start(DEFAULT_BIND_ADDRESS, port);
    }

    /**
     * @param port 0 for any free port
     * @return the port it listens on
     */
    public int start(String bindAddress, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        app.start(Objects.requireNonNull(bindAddress, "bindAddress"), port);
        return app.port();
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The declared routes, for the test that the OpenAPI document covers them. */
    List<Routes.Route> routes() {
        return routes;
    }
}
