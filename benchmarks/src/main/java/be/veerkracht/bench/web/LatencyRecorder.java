package be.veerkracht.bench.web;

import java.util.Arrays;

/**
 * Every latency of one client during one measurement, kept exactly (not bucketed): at a few thousand requests a
 * second for 30 s that is a few megabytes, and sorting them gives exact percentiles without a dependency. One
 * recorder per client thread, so recording needs no synchronisation; {@link LatencySummary#of} merges them.
 */
final class LatencyRecorder {

    private long[] nanos = new long[4096];
    private int count;
    private int errors;
    private long bytes;

    void record(long latencyNanos, long responseBytes) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
        bytes += responseBytes;
    }

    /** A non-2xx answer or a failed request; its latency is not recorded (a fast 500 would flatter the figures). */
    void error() {
        errors++;
    }

    int count() {
        return count;
    }

    int errors() {
        return errors;
    }

    long bytes() {
        return bytes;
    }

    long[] latencies() {
        return Arrays.copyOf(nanos, count);
    }
}
