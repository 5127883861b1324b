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
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import be.veerkracht.web.app.SnapshotSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A real server on a free loopback port over a temporary H2 database, empty or holding the sample portfolio
 * (examples/flemish-machine-builder), and a plain {@link HttpClient} to call it. No mocks.
 */
public final class TestServer implements AutoCloseable {

    public static final Path SAMPLE = Path.of("..", "examples", "flemish-machine-builder");

    private final Database database;
    private final VeerkrachtServer server;
    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(Database database, VeerkrachtServer server) {
        this.database = database;
        this.server = server;
        this.port = server.start(0);
    }

    /** Over an empty database: no import yet. */
    public static TestServer empty(Path folder) {
        Database database = Database.open(new DatabaseSettings("jdbc:h2:file:" + folder.resolve("veerkracht"),
                null, null));
        return new TestServer(database, VeerkrachtServer.of(database, ReferenceGeographyLoader.shipped()));
    }

    /** Over a database holding one snapshot: the sample portfolio. */
    public static TestServer withSample(Path folder) {
        TestServer server = empty(folder);
        server.importSample();
        return server;
    }

    /** Over any snapshot source, with any access policy: for the error and access tests. */
    public static TestServer over(SnapshotSource source, AccessPolicy access) {
        return new TestServer(null, new VeerkrachtServer(source, ReferenceGeographyLoader.shipped(), access));
    }

    private static ExposureAssessment sampleAssessment;

    /** The assessment the server should show for the sample, computed straight from the files (once). */
    public static synchronized ExposureAssessment sampleAssessment() {
        if (sampleAssessment == null) {
            sampleAssessment = new ExposureAssessor(ReferenceGeographyLoader.shipped()).assess(readSample().portfolio());
        }
        return sampleAssessment;
    }

    public HttpResponse<String> get(String path) {
        return get(path, "*/*");
    }

    public HttpResponse<String> get(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public int port() {
        return port;
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
