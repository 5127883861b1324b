package be.veerkracht.bench.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load: {@code clients} platform threads, each sending its next request as soon as the previous
 * answer has been read to the last byte, so exactly {@code clients} requests are in flight at any time. Latency is
 * from sending to the last byte of the body. One shared HTTP/1.1 {@link HttpClient}: it opens one keep-alive
 * connection per concurrent request, like 50 browsers would, at a fraction of the threads and memory of 50 clients.
 */
final class LoadTest implements AutoCloseable {

    private final HttpClient client;
    private final int clients;
    private final ServerProcess server;
    private final ExecutorService threads;

    LoadTest(HttpClient client, int clients, ServerProcess server) {
        this.client = client;
        this.clients = clients;
        this.server = server;
        this.threads = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "load-client");
            t.setDaemon(true);
            return t;
        });
    }

    /** HTTP/1.1: the default HTTP/2 would first try an {@code h2c} upgrade on every new connection. */
    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Every client sends {@code request} back to back for {@code duration}. */
    LatencySummary run(String label, HttpRequest request, Duration duration) throws InterruptedException {
        return run(label, List.of(request), duration);
    }

    /**
     * Every client cycles through {@code requests} (each starting at another one, so all are in flight at once)
     * for {@code duration}; requests under way at the end are finished and counted.
     */
    LatencySummary run(String label, List<HttpRequest> requests, Duration duration) throws InterruptedException {
        List<LatencyRecorder> recorders = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        long[] end = new long[1];
        for (int c = 0; c < clients; c++) {
            LatencyRecorder recorder = new LatencyRecorder();
            recorders.add(recorder);
            int first = c;
            running.add(threads.submit(() -> {
                go.await();
                byte[] buffer = new byte[64 * 1024];
                for (int i = first; System.nanoTime() < end[0]; i++) {
                    send(requests.get(i % requests.size()), recorder, buffer);
                }
                return null;
            }));
        }
        double serverCpu0 = seconds(server.cpuTime());
        double clientCpu0 = ownCpuSeconds();
        long t0 = System.nanoTime();
        end[0] = t0 + duration.toNanos();
        go.countDown(); // the latch publishes end[0] to the client threads
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a client failed", e.getCause());
            }
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        return LatencySummary.of(label, recorders, elapsed, seconds(server.cpuTime()) - serverCpu0,
                ownCpuSeconds() - clientCpu0);
    }

    private void send(HttpRequest request, LatencyRecorder recorder, byte[] buffer) throws InterruptedException {
        long t0 = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            try (InputStream body = response.body()) {
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    bytes += n;
                }
            }
            long latency = System.nanoTime() - t0;
            if (response.statusCode() / 100 == 2) {
                recorder.record(latency, bytes);
            } else {
                recorder.error();
            }
        } catch (IOException failed) {
            recorder.error();
        }
    }

    /** Processor time of this JVM (the load generator), all threads. */
    private static double ownCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : 0;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
