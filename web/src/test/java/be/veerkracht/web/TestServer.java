package be.veerkracht.web;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.ExposureAssessor;
import be.veerkracht.ingest.read.ImportedPortfolio;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.screening.ScreeningRecords;
import be.veerkracht.store.quality.QualityRecords;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import be.veerkracht.store.user.Argon2Settings;
import be.veerkracht.store.user.LockoutPolicy;
import be.veerkracht.store.user.PasswordHashing;
import be.veerkracht.store.user.Role;
import be.veerkracht.store.user.TokenStore;
import be.veerkracht.store.user.UserStore;
import be.veerkracht.web.app.SnapshotSource;
import be.veerkracht.web.compliance.ComplianceRecords;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * A real server on a free loopback port over a temporary H2 database, empty or holding the sample portfolio
 * (examples/flemish-machine-builder), with logins enforced, and a {@link Browser} (an {@code HttpClient} with a
 * cookie jar) to call it. No mocks.
 */
public final class TestServer implements AutoCloseable {

    public static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");

    /** Cheap Argon2 (64 KiB, one pass), as the store's tests use: the same code path, fast. */
    public static final Argon2Settings CHEAP = new Argon2Settings(16, 32, 1, 64, 1);
    /** The user {@link #empty} and {@link #withSample} sign in as. */
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "correct horse battery staple";

    private final Database database;
    private final VeerkrachtServer server;
    private final int port;
    private final MovableClock clock;
    private final UserStore users;
    private final TokenStore tokens;
    private final Browser browser;

    private TestServer(Database database, VeerkrachtServer server, MovableClock clock, UserStore users,
                       TokenStore tokens) {
        this.database = database;
        this.server = server;
        this.port = server.start(0);
        this.clock = clock;
        this.users = users;
        this.tokens = tokens;
        this.browser = new Browser(port);
    }

    /** Over an empty database (no import yet), with an administrator signed in. */
    public static TestServer empty(Path folder) {
        TestServer server = withLogins(folder, List.of());
        server.users().add("test", ADMIN, Role.ADMIN, PASSWORD);
        if (server.browser().signIn(ADMIN, PASSWORD).statusCode() != 302) {
            throw new IllegalStateException("the test administrator could not sign in");
        }
        return server;
    }

    /** Over an empty database without users and nobody signed in, with extra routes for role tests. */
    static TestServer withLogins(Path folder, List<Routes.Route> extra) {
        Database database = Database.open(new DatabaseSettings("jdbc:h2:file:" + folder.resolve("veerkracht"),
                null, null));
        MovableClock clock = new MovableClock();
        AuditLog audit = new AuditLog(database.jdbi(), clock);
        UserStore users = new UserStore(database.jdbi(), audit, clock, new PasswordHashing(CHEAP),
                LockoutPolicy.DEFAULT);
        TokenStore tokens = new TokenStore(database.jdbi(), audit, clock, new SecureRandom());
        VeerkrachtServer server = new VeerkrachtServer(SnapshotSource.of(database),
                ReferenceGeographyLoader.shipped(), users, tokens, ComplianceRecords.of(database, clock),
                ScreeningRecords.of(database, clock), QualityRecords.of(database, clock),
                new SessionRegistry(clock, new SecureRandom()), extra);
        return new TestServer(database, server, clock, users, tokens);
    }

    /** Over a database holding one snapshot: the sample portfolio. */
    public static TestServer withSample(Path folder) {
        TestServer server = empty(folder);
        server.importSample();
        return server;
    }

    /** Over any snapshot source, with any access policy: for the error and access tests. */
    public static TestServer over(SnapshotSource source, AccessPolicy access) {
        return new TestServer(null, new VeerkrachtServer(source, ReferenceGeographyLoader.shipped(), access), null,
                null, null);
    }

    private static ExposureAssessment sampleAssessment;

    /** The assessment the server should show for the sample, computed straight from the files (once). */
    public static synchronized ExposureAssessment sampleAssessment() {
        if (sampleAssessment == null) {
            sampleAssessment = new ExposureAssessor(ReferenceGeographyLoader.shipped()).assess(readSample().portfolio());
        }
        return sampleAssessment;
    }

    /** The sample portfolio read straight from its files. */
    public static be.veerkracht.portfolio.Portfolio samplePortfolio() {
        return readSample().portfolio();
    }

    public HttpResponse<String> get(String path) {
        return get(path, "*/*");
    }

    /** A GET by the server's own browser (signed in as {@link #ADMIN} for {@link #empty} and {@link #withSample}). */
    public HttpResponse<String> get(String path, String accept) {
        return browser.get(path, accept);
    }

    public int port() {
        return port;
    }

    public Browser browser() {
        return browser;
    }

    /** Another browser, with no cookies yet. */
    public Browser newBrowser() {
        return new Browser(port);
    }

    public MovableClock clock() {
        return clock;
    }

    public UserStore users() {
        return users;
    }

    /** The quality records of the server's database (agreements, measurements, supplier tokens), same clock. */
    public QualityRecords quality() {
        return QualityRecords.of(database, clock);
    }

    public TokenStore tokens() {
        return tokens;
    }

    private void importSample() {
        ImportedPortfolio imported = readSample();
        Clock clock = Clock.systemUTC();
        new SnapshotStore(database.jdbi(), new AuditLog(database.jdbi(), clock), clock).save(imported.portfolio(),
                new ImportInfo("examples/flemish-machine-builder", imported.contentSha256(), "test"));
    }

    private static ImportedPortfolio readSample() {
        try {
            return new PortfolioReader().read(SAMPLE);
        } catch (InvalidPortfolioException e) {
            throw new IllegalStateException("the sample portfolio is valid", e);
        }
    }

    @Override
    public void close() {
        server.stop();
        if (database != null) {
            database.close();
        }
    }
}
