package be.veerkracht.bench.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The web application under load (issue 4; {@code ./bench web}, figures in docs/benchmarks.md): a generated
 * portfolio in a fresh H2 file, the server's start time in fresh JVMs, the first request (which loads and assesses
 * the snapshot), then {@code --clients} concurrent clients against each endpoint for {@code --seconds}, after one
 * shared warm-up. The server runs in a JVM of its own with default options, as {@code veerkracht serve} does; the
 * load generator shares the machine's cores with it.
 */
public final class WebBenchmark {

    /** A search as a buyer types it: part ids P001200..P001299 (100 of the 10,000 rows). */
    static final String PARTS_SEARCH = "/parts?q=P0012";

    private static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.api("/api/v1/health"), // the floor: no login, no database, no assessment
            Endpoint.page("/"),
            Endpoint.page(PARTS_SEARCH),
            Endpoint.api("/api/v1/assessment"),
            Endpoint.api("/api/v1/parts?limit=100"),
            Endpoint.api("/api/v1/snapshots"));

    private WebBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        WebBenchOptions options;
        try {
            options = WebBenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench web: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path work = Files.createTempDirectory("veerkracht-web-bench");
        try {
            run(options, work);
        } finally {
            delete(work);
        }
    }

    private static void run(WebBenchOptions options, Path work) throws Exception {
        long t0 = System.nanoTime();
        BenchPortfolio portfolio = BenchPortfolio.create(work, options.parts(), options.suppliers());
        System.out.printf(Locale.ROOT, "portfolio: %d parts, %d suppliers, %d links, %d tools (seed %d), stored in"
                        + " a new H2 file in %.1f s%n", portfolio.snapshot().parts(), portfolio.snapshot().suppliers(),
                portfolio.snapshot().links(), portfolio.snapshot().tools(), BenchPortfolio.SEED,
                (System.nanoTime() - t0) / 1e9);

        if (options.startRuns() > 0) {
            StartTimeProbe.Result start = new StartTimeProbe(portfolio.jdbcUrl(), options.cliJar(), work)
                    .measure(options.startRuns());
            System.out.print(start.describe());
        }

        List<String> jvmOptions = options.jfr() == null ? List.of()
                : List.of("-XX:StartFlightRecording=settings=profile,filename=" + options.jfr().toAbsolutePath());
        try (ServerProcess server = ServerProcess.benchServer(portfolio.jdbcUrl(), work.resolve("server.log"),
                jvmOptions)) {
            HttpClient client = LoadTest.newClient();
            Endpoint.Credentials credentials = new Endpoint.Credentials(
                    SignIn.sessionCookie(client, server.port(), portfolio.user(), portfolio.password()),
                    portfolio.token());
            System.out.printf(Locale.ROOT, "server pid %d on port %d; signed in%n", server.pid(), server.port());
            firstRequests(client, server.port(), credentials);
            List<Endpoint> live = live(client, server.port(), credentials).stream()
                    .filter(e -> options.only().isEmpty() || options.only().contains(e.path())).toList();
            List<LatencySummary> results = load(options, server, client, credentials, live);
            System.out.println();
            System.out.println(LatencySummary.MARKDOWN_HEADER);
            results.forEach(r -> System.out.println(r.markdownRow()));
        }
    }

    /** One shared warm-up over all endpoints, then each endpoint alone; prints each row as it is measured. */
    private static List<LatencySummary> load(WebBenchOptions options, ServerProcess server, HttpClient client,
                                             Endpoint.Credentials credentials, List<Endpoint> endpoints)
            throws InterruptedException {
        List<LatencySummary> results = new ArrayList<>();
        if (endpoints.isEmpty()) {
            return results;
        }
        try (LoadTest load = new LoadTest(client, options.clients(), server)) {
            if (options.warmupSeconds() > 0) {
                LatencySummary warm = load.run("warm-up, all endpoints", endpoints.stream()
                        .map(e -> e.request(server.port(), credentials)).toList(),
                        Duration.ofSeconds(options.warmupSeconds()));
                System.out.printf(Locale.ROOT, "warm-up: %d requests in %.0f s, %d errors%n",
                        warm.requests(), warm.seconds(), warm.errors());
            }
            System.out.printf(Locale.ROOT, "%d clients, %d s per endpoint%n%s%n", options.clients(),
                    options.seconds(), LatencySummary.HEADER);
            for (Endpoint endpoint : endpoints) {
                LatencySummary result = load.run(endpoint.path(), endpoint.request(server.port(), credentials),
                        Duration.ofSeconds(options.seconds()));
                results.add(result);
                System.out.println(result.row());
            }
        }
        return results;
    }

    /**
     * The first requests after start, one at a time: the assessment API loads the snapshot from the database and
     * assesses it (then cached per snapshot id, web.app.LatestAssessment); the dashboard after it finds the cache
     * filled but its own code still cold.
     */
    private static void firstRequests(HttpClient client, int port, Endpoint.Credentials credentials)
            throws IOException, InterruptedException {
        for (Endpoint e : List.of(Endpoint.api("/api/v1/assessment"), Endpoint.page("/"),
                Endpoint.api("/api/v1/assessment"))) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = client.send(e.request(port, credentials), HttpResponse.BodyHandlers.ofByteArray());
            System.out.printf(Locale.ROOT, "single request %-22s %4d  %8.1f ms  %,d bytes%n", e.path(),
                    r.statusCode(), (System.nanoTime() - t0) / 1e6, r.body().length);
        }
    }

    /** The endpoints that answer 2xx; one that does not exist yet (404) is skipped with a note. */
    private static List<Endpoint> live(HttpClient client, int port, Endpoint.Credentials credentials)
            throws IOException, InterruptedException {
        List<Endpoint> live = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            HttpRequest request = e.request(port, credentials);
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                live.add(e);
            } else {
                System.out.printf(Locale.ROOT, "skipped %s: answers %d%n", e.path(), status);
            }
        }
        return live;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
