package be.veerkracht.bench.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What one endpoint did under load: successful requests, their throughput, exact percentiles of their latency
 * (nearest rank on the sorted latencies), errors, the mean response size, and how much processor time the server
 * and the load generator used, as a share of one core. On the 2-core benchmark machine the two together near
 * 200 % mean the run had the machine to itself; much less means other work competed (a load average would not
 * tell: the server's own busy threads count in it).
 */
record LatencySummary(String endpoint, int requests, double seconds, double p50, double p95, double p99,
                      double max, int errors, long meanBytes, double serverCpuPercent, double clientCpuPercent) {

    static final String HEADER = String.format(Locale.ROOT, "%-28s %9s %9s %8s %8s %8s %8s %7s %11s %8s %8s %10s",
            "endpoint", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "bytes/resp",
            "srv CPU", "gen CPU", "srv ms/req");

    static final String MARKDOWN_HEADER = """
            | endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | response \
            | server CPU ms/request |
            |---|---|---|---|---|---|---|---|---|---|""";

    static LatencySummary of(String endpoint, List<LatencyRecorder> clients, double seconds,
                             double serverCpuSeconds, double clientCpuSeconds) {
        long[] all = clients.stream().map(LatencyRecorder::latencies).flatMapToLong(Arrays::stream).sorted()
                .toArray();
        int errors = clients.stream().mapToInt(LatencyRecorder::errors).sum();
        long bytes = clients.stream().mapToLong(LatencyRecorder::bytes).sum();
        return new LatencySummary(endpoint, all.length, seconds, ms(rank(all, 0.50)), ms(rank(all, 0.95)),
                ms(rank(all, 0.99)), ms(rank(all, 1.0)), errors, all.length == 0 ? 0 : bytes / all.length,
                100 * serverCpuSeconds / seconds, 100 * clientCpuSeconds / seconds);
    }

    double throughput() {
        return requests / seconds;
    }

    /**
     * Server processor time per request (garbage collection included): unlike latency it hardly depends on how
     * busy the machine was, and with every client sending back to back the server is saturated, so latency
     * follows from it (Little's law: mean latency = clients x this / cores the server gets).
     */
    double serverCpuMillisPerRequest() {
        return requests == 0 ? Double.NaN : serverCpuPercent / 100 * seconds * 1000 / requests;
    }

    String row() {
        return String.format(Locale.ROOT, "%-28s %9d %9.1f %8.1f %8.1f %8.1f %8.1f %7d %11d %7.0f%% %7.0f%% %10.2f",
                endpoint, requests, throughput(), p50, p95, p99, max, errors, meanBytes, serverCpuPercent,
                clientCpuPercent, serverCpuMillisPerRequest());
    }

    /** The same as a Markdown table row, for docs/benchmarks.md. */
    String markdownRow() {
        return String.format(Locale.ROOT, "| `%s` | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s | %.2f |",
                endpoint, requests, throughput(), p50, p95, p99, max, errors, size(meanBytes),
                serverCpuMillisPerRequest());
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }

    /** Nearest rank: the smallest latency with at least {@code q} of all at or below it; -1 when none. */
    private static long rank(long[] sorted, double q) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos < 0 ? Double.NaN : nanos / 1e6;
    }
}
