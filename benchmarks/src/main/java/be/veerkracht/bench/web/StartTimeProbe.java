package be.veerkracht.bench.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Server start time, each run in a fresh JVM over the benchmark database:
 * <ul>
 *   <li>in-process: inside {@link ServerMain}, from {@code VeerkrachtServer.of(..)} to the first {@code GET
 *       /api/v1/health} answering 200 (after the JVM started and the database was opened), with the phases;</li>
 *   <li>whole command: {@code java -jar veerkracht.jar serve}, from starting the process to the first 200 polled
 *       from outside, JVM start-up, picocli, opening and migrating the database included: what a user waits.</li>
 * </ul>
 * Runs alternate between the two so drift on the shared machine hits both alike; the medians are reported.
 */
final class StartTimeProbe {

    private final String jdbcUrl;
    private final Path cliJar;
    private final Path logs;

    /** @param cliJar the runnable jar of the command line, or null to skip the whole-command runs */
    StartTimeProbe(String jdbcUrl, Path cliJar, Path logs) {
        this.jdbcUrl = jdbcUrl;
        this.cliJar = cliJar;
        this.logs = logs;
    }

    /** Medians over {@code runs}; prints each run as it goes. */
    Result measure(int runs) throws IOException, InterruptedException {
        List<Map<String, Double>> inProcess = new ArrayList<>();
        List<Double> command = new ArrayList<>();
        List<Double> commandCpu = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            try (ServerProcess server = ServerProcess.benchServer(jdbcUrl, logs.resolve("start-" + run + ".log"))) {
                Map<String, Double> phases = new LinkedHashMap<>(server.phases());
                phases.put("spawn_to_ready_ms", server.spawnToReadyMillis());
                // processor time to get there, all threads: unlike wall time it hardly grows when other work
                // competes for the cores, so it tells a busy machine from a slow start
                phases.put("cpu_to_ready_ms", server.cpuTime().toNanos() / 1e6);
                inProcess.add(phases);
                StringBuilder line = new StringBuilder("start run " + run + ", in-process (ms):");
                phases.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s %.0f", k, v)));
                System.out.println(line);
            }
            if (cliJar != null) {
                try (ServerProcess serve = ServerProcess.cliServe(cliJar, jdbcUrl,
                        logs.resolve("serve-" + run + ".log"))) {
                    command.add(serve.spawnToReadyMillis());
                    commandCpu.add(serve.cpuTime().toNanos() / 1e6);
                    System.out.printf(Locale.ROOT, "start run %d, veerkracht serve: %.0f ms to first health 200,"
                            + " %.0f ms processor time%n", run, serve.spawnToReadyMillis(),
                            commandCpu.get(commandCpu.size() - 1));
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        inProcess.get(0).keySet().forEach(k -> medians.put(k,
                median(inProcess.stream().mapToDouble(p -> p.get(k)).toArray())));
        double[] starts = inProcess.stream().mapToDouble(Result::serverStartMs).toArray();
        double[] serves = command.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(medians, median(starts), Arrays.stream(starts).min().orElseThrow(), median(serves),
                Arrays.stream(serves).min().orElse(Double.NaN),
                median(commandCpu.stream().mapToDouble(Double::doubleValue).toArray()), runs);
    }

    /**
     * Medians (and the fastest run: on a shared machine the least disturbed one) of the start-up measurements.
     *
     * @param phases          medians of {@link ServerMain}'s phases and of spawn-to-ready, in ms
     * @param serverStartMs   median of VeerkrachtServer.of + start(0) + first health 200: the goal's definition
     * @param serveCommandMs  median of the whole {@code serve} command to the first health 200, NaN when skipped
     * @param serveCpuMs      median processor time of the {@code serve} process until then
     */
    record Result(Map<String, Double> phases, double serverStartMs, double fastestServerStartMs,
                  double serveCommandMs, double fastestServeCommandMs, double serveCpuMs, int runs) {

        /** VeerkrachtServer.of + start(0) + first health 200 of one run's phases. */
        static double serverStartMs(Map<String, Double> phases) {
            return phases.get("server_ms") + phases.get("start_ms") + phases.get("health_ms");
        }

        String describe() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "server start, %d fresh JVMs: VeerkrachtServer.of + start(0) + first health 200 = %.0f ms"
                            + " median, %.0f ms fastest%n  phase medians (ms):", runs, serverStartMs,
                    fastestServerStartMs));
            phases.forEach((k, v) -> text.append(String.format(Locale.ROOT, " %s %.0f", k, v)));
            text.append(System.lineSeparator());
            if (!Double.isNaN(serveCommandMs)) {
                text.append(String.format(Locale.ROOT, "whole command (java -jar veerkracht.jar serve) to first"
                        + " health 200: %.0f ms median, %.0f ms fastest; %.0f ms processor time (median)%n",
                        serveCommandMs, fastestServeCommandMs, serveCpuMs));
            }
            return text.toString();
        }
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
