package be.veerkracht.web;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.quality.QualityRecords;
import be.veerkracht.store.screening.ScreeningRecords;
import be.veerkracht.store.user.LockoutPolicy;
import be.veerkracht.store.user.PasswordHashing;
import be.veerkracht.store.user.TokenStore;
import be.veerkracht.store.user.UserStore;
import be.veerkracht.web.app.LatestAssessment;
import be.veerkracht.web.app.SnapshotSource;
import be.veerkracht.web.compliance.ComplianceRecords;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Veerkracht web application: dashboard and parts pages, and the JSON API under {@code /api/v1}, over the
 * newest stored snapshot. Every route but health, the API description, the login page and static files needs a
 * signed-in user (session cookie, or a personal API token on the API) whose role has the route's permission.
 * Binds to the loopback address unless told otherwise.
 */
public final class VeerkrachtServer implements AutoCloseable {

    /** Only this machine can reach the server unless a bind address is given. */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    /** The port a person gets without asking for one; 0 asks the system for any free port. */
    public static final int DEFAULT_PORT = 7070;

    private final List<Routes.Route> routes;
    private final Javalin app;
    /** The stress test runs, stopped with the server. */
    private final AutoCloseable stressTests;

    /**
     * Over an open database, which the caller closes after {@link #stop()}, with logins enforced: the users and
     * tokens of that database, production password hashing ({@link PasswordHashing#owasp()}) and lock-out
     * ({@link LockoutPolicy#DEFAULT}), the system clock.
     */
    public static VeerkrachtServer of(Database database, ReferenceGeography geography) {
        Clock clock = Clock.systemUTC();
        AuditLog audit = new AuditLog(database.jdbi(), clock);
        return new VeerkrachtServer(SnapshotSource.of(database), geography,
                new UserStore(database.jdbi(), audit, clock, PasswordHashing.owasp(), LockoutPolicy.DEFAULT),
                new TokenStore(database.jdbi(), audit, clock, new SecureRandom()),
                ComplianceRecords.of(database, clock), ScreeningRecords.of(database, clock),
                QualityRecords.of(database, clock), clock, new SecureRandom());
    }

    /**
     * With logins enforced over the given stores; sessions expire by {@code clock} and get their ids from
     * {@code random}.
     */
    public VeerkrachtServer(SnapshotSource snapshots, ReferenceGeography geography, UserStore users,
                            TokenStore tokens, Clock clock, SecureRandom random) {
        this(snapshots, geography, users, tokens, null, clock, random);
    }

    /**
     * As above, with the export-control records ({@code /compliance} and {@code /api/v1/compliance}); without them
     * (null) those routes answer 404.
     */
    public VeerkrachtServer(SnapshotSource snapshots, ReferenceGeography geography, UserStore users,
                            TokenStore tokens, ComplianceRecords compliance, Clock clock, SecureRandom random) {
        this(snapshots, geography, users, tokens, compliance, null, clock, random);
    }

    /**
     * As above, with the sanctions lists, reviews and screening ({@code /screening}, {@code /api/v1/lists},
     * {@code /api/v1/screening}); without them (null) those routes answer 404 and imports screen nothing.
     */
    public VeerkrachtServer(SnapshotSource snapshots, ReferenceGeography geography, UserStore users,
                            TokenStore tokens, ComplianceRecords compliance, ScreeningRecords screening, Clock clock,
                            SecureRandom random) {
        this(snapshots, geography, users, tokens, compliance, screening, null, clock, random);
    }

    /**
     * As above, with the quality agreements, measurements and supplier tokens ({@code /api/v1/quality/batches},
     * {@code /api/v1/parts/{id}/quality}); without them (null) those routes answer 404.
     */
    public VeerkrachtServer(SnapshotSource snapshots, ReferenceGeography geography, UserStore users,
                            TokenStore tokens, ComplianceRecords compliance, ScreeningRecords screening,
                            QualityRecords quality, Clock clock, SecureRandom random) {
        this(snapshots, geography, users, tokens, compliance, screening, quality, new SessionRegistry(clock, random),
                List.of());
    }

    /** With logins, and extra routes: for tests of route roles that no production route uses yet. */
    VeerkrachtServer(SnapshotSource snapshots, ReferenceGeography geography, UserStore users, TokenStore tokens,
                     ComplianceRecords compliance, ScreeningRecords screening, QualityRecords quality,
                     SessionRegistry sessions, List<Routes.Route> extra) {
        LatestAssessment latest = new LatestAssessment(snapshots, geography);
        Handlers handlers = Handlers.over(latest, compliance, screening, quality);
        List<Routes.Route> all = new ArrayList<>(
                Routes.of(handlers, new SignInHandlers(users, sessions, handlers.pages())));
        all.addAll(extra);
        this.routes = List.copyOf(all);
        this.stressTests = handlers.stress();
        AccessPolicy access = new SignInPolicy(users, tokens, sessions);
        this.app = Javalin.create(config -> Routes.configure(config, routes, access, handlers.pages()));
    }

    /**
     * Without the login routes, under any access policy (e.g. {@link AccessPolicy#OPEN}): for tests and for a
     * front end that signs users in itself. Never expose such a server beyond the loopback address.
     */
    public VeerkrachtServer(SnapshotSource snapshots, ReferenceGeography geography, AccessPolicy access) {
        Objects.requireNonNull(access, "access");
        LatestAssessment latest = new LatestAssessment(snapshots, geography);
        Handlers handlers = Handlers.over(latest, null, null, null);
        this.routes = Routes.of(handlers);
        this.stressTests = handlers.stress();
        this.app = Javalin.create(config -> Routes.configure(config, routes, access, handlers.pages()));
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
        try {
            app.stop();
        } finally {
            try {
                stressTests.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the stress tests", e);
            }
        }
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
