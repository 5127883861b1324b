package be.veerkracht.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code veerkracht bench simulate} measured: sizes, wall-clock seconds of each phase, the two engines' rates in
 * part-days per second, and whether the engine's losses agree with the reference's on the scenarios both ran.
 *
 * <p>Seconds are the fastest of the repeats (each listed in the JSON); processor seconds the least of the repeats.
 * Part-days are nominal: parts in the model × scenarios × horizon days, what a run covers whatever it skips.
 */
record BenchSimulateResult(
        int partsGenerated, int suppliers, long portfolioSeed, int partsInModel, int partsExcluded,
        int scenarios, int horizonDays, long seed, int threads, int referenceScenarios, int warmupScenarios,
        double generateSeconds, double referenceDataSeconds, double compileSeconds, double warmupSeconds,
        double engineSeconds, double referenceSeconds, double engineCpuSeconds, double referenceCpuSeconds,
        double[] engineSecondsRuns, double[] referenceSecondsRuns, long partDaysStepped,
        double maxRelativeDifference, int worstScenario, double worstEngineLossEur, double worstReferenceLossEur,
        double engineExpectedLossEur, String javaVersion, String javaVm, int availableProcessors, long maxHeapBytes) {

    /** Largest relative difference of a scenario's loss, engine against reference, that still counts as agreeing. */
    static final double TOLERANCE = 1e-6;

    /** The JSON document's schema name. */
    static final String SCHEMA = "veerkracht/bench-simulate/1";

    long partDaysNominal() {
        return (long) partsInModel * scenarios * horizonDays;
    }

    long referencePartDaysNominal() {
        return (long) partsInModel * referenceScenarios * horizonDays;
    }

    double engineRate() {
        return partDaysNominal() / engineSeconds;
    }

    double referenceRate() {
        return referencePartDaysNominal() / referenceSeconds;
    }

    double speedup() {
        return engineRate() / referenceRate();
    }

    /**
     * The speed-up in processor time (all threads of the process, JIT and GC included) instead of wall clock: less
     * moved by other jobs on a shared machine; NaN where the JVM cannot tell processor time.
     */
    double cpuSpeedup() {
        if (engineCpuSeconds <= 0 || referenceCpuSeconds <= 0) {
            return Double.NaN;
        }
        return (partDaysNominal() / engineCpuSeconds) / (referencePartDaysNominal() / referenceCpuSeconds);
    }

    double steppedShare() {
        return (double) partDaysStepped / partDaysNominal();
    }

    boolean agrees() {
        return maxRelativeDifference <= TOLERANCE;
    }

    ObjectNode json(ObjectMapper mapper) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("schema", SCHEMA);
        doc.put("parts_generated", partsGenerated);
        doc.put("suppliers", suppliers);
        doc.put("portfolio_seed", portfolioSeed);
        doc.put("parts_in_model", partsInModel);
        doc.put("parts_excluded", partsExcluded);
        doc.put("scenarios", scenarios);
        doc.put("horizon_days", horizonDays);
        doc.put("seed", seed);
        doc.put("threads", threads);
        doc.put("reference_scenarios", referenceScenarios);
        doc.put("warmup_scenarios", warmupScenarios);
        doc.put("generate_seconds", generateSeconds);
        doc.put("reference_data_seconds", referenceDataSeconds);
        doc.put("compile_seconds", compileSeconds);
        doc.put("warmup_seconds", warmupSeconds);
        doc.put("engine_seconds", engineSeconds);
        doc.put("reference_seconds", referenceSeconds);
        doc.put("repeats", engineSecondsRuns.length);
        ArrayNode engineRuns = doc.putArray("engine_seconds_runs");
        Arrays.stream(engineSecondsRuns).forEach(engineRuns::add);
        ArrayNode referenceRuns = doc.putArray("reference_seconds_runs");
        Arrays.stream(referenceSecondsRuns).forEach(referenceRuns::add);
        putOrNull(doc, "engine_cpu_seconds", engineCpuSeconds);
        putOrNull(doc, "reference_cpu_seconds", referenceCpuSeconds);
        doc.put("part_days_nominal", partDaysNominal());
        doc.put("reference_part_days_nominal", referencePartDaysNominal());
        doc.put("part_days_stepped", partDaysStepped);
        doc.put("part_days_stepped_share", steppedShare());
        doc.put("engine_part_days_per_second", engineRate());
        doc.put("reference_part_days_per_second", referenceRate());
        doc.put("speedup", speedup());
        putOrNull(doc, "cpu_speedup", cpuSpeedup());
        doc.put("engine_expected_loss_eur", engineExpectedLossEur);
        ObjectNode agreement = doc.putObject("agreement");
        agreement.put("scenarios_compared", referenceScenarios);
        agreement.put("max_relative_difference", maxRelativeDifference);
        agreement.put("worst_scenario", worstScenario);
        agreement.put("engine_loss_eur", worstEngineLossEur);
        agreement.put("reference_loss_eur", worstReferenceLossEur);
        agreement.put("tolerance", TOLERANCE);
        agreement.put("agrees", agrees());
        ObjectNode machine = doc.putObject("machine");
        machine.put("java_version", javaVersion);
        machine.put("java_vm", javaVm);
        machine.put("available_processors", availableProcessors);
        machine.put("max_heap_bytes", maxHeapBytes);
        return doc;
    }

    private static void putOrNull(ObjectNode doc, String name, double value) {
        if (Double.isNaN(value) || value < 0) {
            doc.putNull(name);
        } else {
            doc.put(name, value);
        }
    }

    void printText(PrintWriter out) {
        Locale root = Locale.ROOT;
        out.println("STRESS-TEST ENGINE BENCHMARK (veerkracht bench simulate)");
        out.printf(root, "Portfolio:  %,d parts generated in memory (%,d in the model, %,d excluded), %,d suppliers,"
                + " portfolio seed %d%n", partsGenerated, partsInModel, partsExcluded, suppliers, portfolioSeed);
        out.printf(root, "Run:        %,d scenarios x %,d days, seed %d, %d thread(s); reference on the first %,d"
                + " scenario(s)%n", scenarios, horizonDays, seed, threads, referenceScenarios);
        out.printf(root, "Machine:    Java %s (%s), %d processor(s), max heap %,d MiB%n", javaVersion, javaVm,
                availableProcessors, maxHeapBytes / (1024 * 1024));
        out.println();
        out.printf(root, "%-34s %10s %18s %12s%n", "phase", "seconds", "part-days/s", "CPU seconds");
        out.printf(root, "%-34s %10.3f%n", "generate portfolio", generateSeconds);
        out.printf(root, "%-34s %10.3f%n", "load reference data", referenceDataSeconds);
        out.printf(root, "%-34s %10.3f%n", "compile model", compileSeconds);
        out.printf(root, "%-34s %10.3f%n", "warm-up (" + warmupScenarios + " + " + referenceScenarios
                + " reference scen.)", warmupSeconds);
        if (engineSecondsRuns.length > 1) {
            out.printf(root, "(timed %d times, alternating; the fastest of each shown)%n", engineSecondsRuns.length);
        }
        out.printf(root, "%-34s %10.3f %,18.0f %12.3f%n", "engine, " + scenarios + " scenarios", engineSeconds,
                engineRate(), engineCpuSeconds);
        out.printf(root, "%-34s %10.3f %,18.0f %12.3f%n", "reference, " + referenceScenarios + " scenarios",
                referenceSeconds, referenceRate(), referenceCpuSeconds);
        out.println();
        out.printf(root, "Speed-up:   %.1f x (engine part-days/s over reference part-days/s, wall clock);"
                + " %.1f x in processor time%n", speedup(), cpuSpeedup());
        out.printf(root, "Stepped:    the engine stepped %,d of %,d part-days (%.2f %%)%n", partDaysStepped,
                partDaysNominal(), 100 * steppedShare());
        out.printf(root, "Agreement:  on the %,d reference scenario(s) the largest relative difference of a scenario's"
                + " loss is %.3g (tolerance %.0e): %s%n", referenceScenarios, maxRelativeDifference, TOLERANCE,
                agrees() ? "OK" : "DIFFERENT");
        out.printf(root, "Expected loss per scenario (engine): EUR %,.2f%n", engineExpectedLossEur);
    }
}
