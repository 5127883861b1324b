package be.veerkracht.bench.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line of {@link WebBenchmark}; defaults are the goal's setting (issue 4): 10,000 parts, 2,000
 * suppliers, 50 clients, 30 s per endpoint.
 *
 * @param startRuns fresh JVMs for the start time; 0 skips it
 * @param cliJar    the command line's runnable jar for the whole-command start time, null to skip it
 * @param only      the endpoint paths to load (as listed by the benchmark), empty for all
 * @param jfr       where the server under load writes a flight recording (JFR profile settings), null for none
 */
record WebBenchOptions(int parts, int suppliers, int clients, int seconds, int warmupSeconds, int startRuns,
                       Path cliJar, List<String> only, Path jfr) {

    static final String USAGE = "usage: WebBenchmark [--parts N] [--suppliers M] [--clients C] [--seconds S]"
            + " [--warmup W] [--start-runs R] [--cli-jar PATH] [--only PATH,PATH...] [--jfr FILE.jfr]";

    static WebBenchOptions parse(String[] args) {
        int parts = 10_000;
        int suppliers = 2_000;
        int clients = 50;
        int seconds = 30;
        int warmup = 10;
        int startRuns = 5;
        Path cliJar = null;
        List<String> only = List.of();
        Path jfr = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--parts" -> parts = positive(args[i], value);
                case "--suppliers" -> suppliers = positive(args[i], value);
                case "--clients" -> clients = positive(args[i], value);
                case "--seconds" -> seconds = positive(args[i], value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--start-runs" -> startRuns = Integer.parseInt(value);
                case "--only" -> only = List.of(value.split(","));
                case "--jfr" -> jfr = Path.of(value);
                case "--cli-jar" -> cliJar = Files.isRegularFile(Path.of(value)) ? Path.of(value) : null;
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
            }
        }
        return new WebBenchOptions(parts, suppliers, clients, seconds, warmup, startRuns, cliJar, only, jfr);
    }

    private static int positive(String name, String value) {
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return n;
    }
}
