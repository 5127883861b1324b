package be.veerkracht.bench.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Veerkracht server in a child JVM, started either as {@link ServerMain} on this benchmark's class path (with
 * the phases of its start-up timed inside) or as the command a user runs, {@code java -jar veerkracht.jar serve}.
 * Its standard error goes to a log file, shown when it fails.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final double spawnToReadyMillis;
    private final Map<String, Double> phases;
    private final boolean stopsOnEndOfInput;

    private ServerProcess(Process process, int port, double spawnToReadyMillis, Map<String, Double> phases,
                          boolean stopsOnEndOfInput) {
        this.process = process;
        this.port = port;
        this.spawnToReadyMillis = spawnToReadyMillis;
        this.phases = phases;
        this.stopsOnEndOfInput = stopsOnEndOfInput;
    }

    /** {@link ServerMain} over {@code jdbcUrl}, on any free port; returns once it reported ready. */
    static ServerProcess benchServer(String jdbcUrl, Path log) throws IOException {
        return benchServer(jdbcUrl, log, List.of());
    }

    /** @param jvmOptions e.g. a flight recording to profile the server under load */
    static ServerProcess benchServer(String jdbcUrl, Path log, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerMain.class.getName(), jdbcUrl));
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        while (line != null && !line.startsWith("ready ")) {
            line = out.readLine(); // e.g. a library's note that it found no logging back-end
        }
        long ready = System.nanoTime();
        if (line == null || !line.startsWith("ready ")) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not start (" + line + "); log:\n" + tail(log));
        }
        Map<String, Double> phases = new LinkedHashMap<>();
        int port = -1;
        for (String field : line.substring("ready ".length()).split(" ")) {
            String[] kv = field.split("=", 2);
            if (kv[0].equals("port")) {
                port = Integer.parseInt(kv[1]);
            } else {
                phases.put(kv[0], Double.parseDouble(kv[1]));
            }
        }
        return new ServerProcess(process, port, (ready - t0) / 1e6, phases, true);
    }

    /**
     * {@code java -jar cliJar serve} over {@code jdbcUrl}, as the launcher runs it (no extra JVM flags for
     * {@code serve}); ready when a health request polled from here every 5 ms answers 200.
     */
    static ServerProcess cliServe(Path cliJar, String jdbcUrl, Path log) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            List<String> command = List.of(java(), "-jar", cliJar.toString(), "serve", "--port",
                    String.valueOf(port), "--db", jdbcUrl);
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(log.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean up = HealthProbe.awaitUp(port, 5, 60_000, process::isAlive);
            long ready = System.nanoTime();
            if (up) {
                return new ServerProcess(process, port, (ready - t0) / 1e6, Map.of(), false);
            }
            process.destroyForcibly().waitFor();
            // the free port may have been taken by someone else in the meantime (other tests on this machine)
            if (attempt == 3 || !tail(log).contains("cannot listen")) {
                throw new IllegalStateException("veerkracht serve did not start; log:\n" + tail(log));
            }
        }
    }

    int port() {
        return port;
    }

    /** From starting the child process until its first health answer: what a user waits. */
    double spawnToReadyMillis() {
        return spawnToReadyMillis;
    }

    /** Durations of the start-up phases measured inside {@link ServerMain}, in milliseconds, in order. */
    Map<String, Double> phases() {
        return phases;
    }

    /** Processor time the server's JVM has used so far (all its threads), from the operating system. */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    long pid() {
        return process.pid();
    }

    /** Stops the server and waits, so the next one can open the same database file. */
    @Override
    public void close() throws InterruptedException {
        if (stopsOnEndOfInput) {
            try {
                process.getOutputStream().close();
            } catch (IOException alreadyGone) {
                // it has exited; waitFor below returns at once
            }
        } else {
            process.destroy(); // SIGTERM: serve's shutdown hook closes the server and the database
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A port free a moment ago; serve needs one named up front so it can be polled from the first millisecond. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
