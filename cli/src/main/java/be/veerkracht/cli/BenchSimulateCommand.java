package be.veerkracht.cli;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioGenerator;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioSpec;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.montecarlo.MonteCarloStressTest;
import be.veerkracht.simulation.montecarlo.StressEngine;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht bench simulate}: the Monte Carlo stress-test engine (event-driven) against the plain day-by-day
 * reference, on a synthetic portfolio made in memory (docs/benchmarks.md).
 *
 * <p>Method: generate the portfolio, load the shipped reference data and compile the model, each timed on its own;
 * warm the JIT with a small run of each engine (seed + 1, untimed in the rates); then time the event-driven engine
 * over all N scenarios and the reference over the first K scenarios of the same seed (scenario i draws only from
 * (seed, i), so it is the same scenario in both), wall clock with {@link System#nanoTime()}. Rates are nominal
 * part-days (parts in the model × scenarios × days) per second. The engine's loss of each of the K scenarios must
 * agree with the reference's to {@value BenchSimulateResult#TOLERANCE} relative, else exit 3.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Time the Monte Carlo stress-test engine against the day-by-day reference.",
            "On a synthetic portfolio made in memory: part-days per second of each, the speed-up, and a check",
            "that both give the same scenario losses (exit 3 if not). Nothing is stored; see docs/benchmarks.md."})
final class BenchSimulateCommand implements Callable<Integer> {

    /** Reference scenarios by default, at most: about 0.2 s each at 10,000 parts × 365 days on one core. */
    static final int DEFAULT_REFERENCE_SCENARIOS = 20;

    /** Portfolio seed by default: the one every other benchmark of docs/benchmarks.md uses. */
    static final long DEFAULT_PORTFOLIO_SEED = 7;

    /** Parts per supplier when --suppliers is not given: 10,000 parts / 2,000 suppliers as in the other benchmarks. */
    static final int PARTS_PER_SUPPLIER = 5;

    /** The warm-up runs at least this many engine scenarios ... */
    static final int MIN_WARMUP_SCENARIOS = 50;

    /** ... and at least this many part-scenarios, so a small portfolio warms the JIT as much as a large one. */
    static final int WARMUP_PART_SCENARIOS = 500_000;

    @Option(names = "--parts", defaultValue = "10000", paramLabel = "N",
            description = "Parts in the synthetic portfolio (default: ${DEFAULT-VALUE}).")
    private int parts;

    @Option(names = "--suppliers", paramLabel = "M",
            description = "Suppliers in the synthetic portfolio (default: parts / 5, at least 1, as the 10,000-part /"
                    + " 2,000-supplier portfolio of the other benchmarks).")
    private Integer suppliers;

    @Option(names = "--portfolio-seed", defaultValue = "7", paramLabel = "S",
            description = "Seed of the synthetic portfolio (default: ${DEFAULT-VALUE}, as the other benchmarks).")
    private long portfolioSeed;

    @Option(names = "--scenarios", defaultValue = "1000", paramLabel = "N",
            description = "Scenarios the engine runs (default: ${DEFAULT-VALUE}).")
    private int scenarios;

    @Option(names = "--horizon-days", defaultValue = "365", paramLabel = "D",
            description = "Days per scenario (default: ${DEFAULT-VALUE}).")
    private int horizonDays;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads of both engines (default: the machine's processors).")
    private Integer threads;

    @Option(names = "--seed", defaultValue = "20261128", paramLabel = "S",
            description = "Seed of the stress test's draws (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--reference-scenarios", paramLabel = "K",
            description = "Scenarios the reference runs, the first K of the engine's (default: min(N, 20)).")
    private Integer referenceScenarios;

    @Option(names = "--warmup-scenarios", paramLabel = "W",
            description = "Engine scenarios of the untimed warm-up, seed + 1 (default: max(50, 500,000 / parts), at"
                    + " most N; 0 for no warm-up); the reference warms up on K scenarios of seed + 1.")
    private Integer warmupScenarios;

    @Option(names = "--repeats", defaultValue = "1", paramLabel = "R",
            description = "Time engine and reference R times, alternating, and report the fastest of each"
                    + " (default: ${DEFAULT-VALUE}); for a shared machine.")
    private int repeats;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json (for machines, schema " + BenchSimulateResult.SCHEMA + ").")
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        check();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        int suppliersCount = suppliers == null ? Math.max(1, parts / PARTS_PER_SUPPLIER) : suppliers;
        int k = referenceScenarios == null ? Math.max(1, Math.min(scenarios, DEFAULT_REFERENCE_SCENARIOS))
                : referenceScenarios;
        int warmup = Math.min(scenarios, warmupScenarios != null ? warmupScenarios
                : Math.max(MIN_WARMUP_SCENARIOS, (WARMUP_PART_SCENARIOS + parts - 1) / parts));
        SyntheticPortfolioSpec size;
        try {
            size = new SyntheticPortfolioSpec(parts, suppliersCount, portfolioSeed);
        } catch (IllegalArgumentException outOfRange) {
            throw new BadInputException("bench simulate: " + outOfRange.getMessage());
        }

        phase("generating the portfolio");
        long t = System.nanoTime();
        Portfolio portfolio = new SyntheticPortfolioGenerator(size).generate();
        double generateSeconds = seconds(t);

        t = System.nanoTime();
        ReferenceGeography geography = ReferenceGeographyLoader.shipped();
        EventCatalogue catalogue = EventCatalogueLoader.shipped();
        double referenceDataSeconds = seconds(t);

        phase("compiling the model");
        t = System.nanoTime();
        StressTestModel model = StressTestModel.compile(portfolio, geography, catalogue);
        double compileSeconds = seconds(t);
        if (model.parts().isEmpty()) {
            throw new BadInputException("bench simulate: no part of the synthetic portfolio is in the stress test"
                    + " (" + model.excludedParts().size() + " excluded); use more --parts");
        }
        MonteCarloStressTest test = new MonteCarloStressTest(model);
        StressTestSettings engineSettings = StressTestSettings.of(scenarios, horizonDays, seed, workers);
        StressTestSettings referenceSettings = StressTestSettings.of(k, horizonDays, seed, workers)
                .withEngine(StressEngine.REFERENCE);

        phase("warming up");
        t = System.nanoTime();
        if (warmup > 0) {
            test.run(StressTestSettings.of(warmup, horizonDays, seed + 1, workers));
            test.run(StressTestSettings.of(k, horizonDays, seed + 1, workers).withEngine(StressEngine.REFERENCE));
        }
        double warmupSeconds = seconds(t);

        // Engine and reference alternate, so a burst of other work on a shared machine hits both alike; the
        // fastest of the repeats is reported (the least disturbed), every repeat is listed in the JSON.
        double[] engineRuns = new double[repeats];
        double[] referenceRuns = new double[repeats];
        double engineCpuSeconds = Double.POSITIVE_INFINITY;
        double referenceCpuSeconds = Double.POSITIVE_INFINITY;
        StressTestResult engine = null;
        StressTestResult reference = null;
        for (int r = 0; r < repeats; r++) {
            phase("timing the engine on " + scenarios + " scenarios (" + (r + 1) + "/" + repeats + ")");
            System.gc();
            double cpu = processCpuSeconds();
            t = System.nanoTime();
            engine = test.run(engineSettings);
            engineRuns[r] = seconds(t);
            engineCpuSeconds = Math.min(engineCpuSeconds, cpuSince(cpu));

            phase("timing the reference on " + k + " scenarios (" + (r + 1) + "/" + repeats + ")");
            System.gc();
            cpu = processCpuSeconds();
            t = System.nanoTime();
            reference = test.run(referenceSettings);
            referenceRuns[r] = seconds(t);
            referenceCpuSeconds = Math.min(referenceCpuSeconds, cpuSince(cpu));
        }

        double[] engineLoss = engine.scenarioLossEur();
        double[] referenceLoss = reference.scenarioLossEur();
        double worst = 0;
        int worstScenario = 0;
        for (int s = 0; s < k; s++) {
            double difference = relativeDifference(engineLoss[s], referenceLoss[s]);
            if (difference > worst || Double.isNaN(difference)) {
                worst = Double.isNaN(difference) ? Double.POSITIVE_INFINITY : difference;
                worstScenario = s;
            }
        }
        Runtime runtime = Runtime.getRuntime();
        BenchSimulateResult result = new BenchSimulateResult(parts, suppliersCount, portfolioSeed,
                model.parts().size(), model.excludedParts().size(), scenarios, horizonDays, seed, workers, k,
                warmup, generateSeconds, referenceDataSeconds, compileSeconds, warmupSeconds,
                Arrays.stream(engineRuns).min().orElseThrow(), Arrays.stream(referenceRuns).min().orElseThrow(), engineCpuSeconds, referenceCpuSeconds, engineRuns, referenceRuns,
                engine.partDaysStepped(), worst, worstScenario, engineLoss[worstScenario],
                referenceLoss[worstScenario], engine.expectedLossEur(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), runtime.availableProcessors(), runtime.maxMemory());

        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            ObjectMapper mapper = new ObjectMapper();
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result.json(mapper)));
        } else {
            result.printText(out);
        }
        out.flush();
        if (!result.agrees()) {
            spec.commandLine().getErr().println(String.format(Locale.ROOT,
                    "bench simulate: the engine and the reference disagree: scenario %d lost EUR %s with the engine,"
                            + " EUR %s with the reference (relative difference %.3g, tolerance %.0e)",
                    worstScenario, engineLoss[worstScenario], referenceLoss[worstScenario], worst,
                    BenchSimulateResult.TOLERANCE));
            return ExitCodes.VERIFICATION_FAILED;
        }
        return ExitCodes.OK;
    }

    private void check() throws BadInputException {
        atLeast("--parts", parts, 1);
        atLeast("--scenarios", scenarios, 1);
        atLeast("--horizon-days", horizonDays, 1);
        atLeast("--repeats", repeats, 1);
        if (warmupScenarios != null) {
            atLeast("--warmup-scenarios", warmupScenarios, 0);
        }
        if (threads != null) {
            atLeast("--threads", threads, 1);
        }
        if (suppliers != null) {
            atLeast("--suppliers", suppliers, 1);
        }
        if (referenceScenarios != null) {
            atLeast("--reference-scenarios", referenceScenarios, 1);
            if (referenceScenarios > scenarios) {
                throw new BadInputException("bench simulate: --reference-scenarios must be at most --scenarios ("
                        + scenarios + "), got " + referenceScenarios);
            }
        }
    }

    private static void atLeast(String option, long value, long least) throws BadInputException {
        if (value < least) {
            throw new BadInputException("bench simulate: " + option + " must be at least " + least + ", got " + value);
        }
    }

    /**
     * |a − b| relative to the larger of |a|, |b| and EUR 1: relative for real losses, absolute (in EUR) for losses
     * below a euro, so floating-point residue on a near-zero loss does not count as a disagreement.
     */
    static double relativeDifference(double a, double b) {
        return Math.abs(a - b) / Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Processor time of the whole process so far (every thread, JIT and GC included), or -1 if unknown. */
    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1e9;
        }
        return -1;
    }

    private static double cpuSince(double start) {
        double now = processCpuSeconds();
        return start < 0 || now < 0 ? -1 : now - start;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** A line on stderr while a person watches a terminal; stdout stays clean for the result. */
    private void phase(String what) {
        if (System.console() != null) {
            spec.commandLine().getErr().println("bench simulate: " + what + "...");
            spec.commandLine().getErr().flush();
        }
    }
}
