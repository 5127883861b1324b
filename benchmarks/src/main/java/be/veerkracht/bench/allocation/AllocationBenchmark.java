package be.veerkracht.bench.allocation;

import be.veerkracht.allocation.AllocationSettings;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.PortfolioAllocation;
import be.veerkracht.allocation.PortfolioAllocationResult;
import be.veerkracht.allocation.RiskAppetite;
import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ExportRuleSetLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioGenerator;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioSpec;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The volume-split optimisation at scale (issue 10, Done when; docs/benchmarks.md "Volume split optimisation"): a
 * seeded synthetic portfolio (default 10,000 parts, 2,000 suppliers, seed 7) on the shipped geography, event
 * catalogue and export rules, N scenarios (default 500) plus an independent sample of N for the out-of-sample error,
 * λ = 0.5, α = 0.95, on T threads (default: the cores). Runs twice (the first includes JIT warm-up and the native
 * library's loading) and prints wall time, process CPU time, CPU per part with a choice, the heap's peak and the
 * process's peak resident memory (VmHWM).
 *
 * <p>Usage: {@code ./bench allocation [--parts N] [--suppliers M] [--scenarios K] [--threads T] [--runs R]}
 */
public final class AllocationBenchmark {

    private AllocationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int parts = 10_000;
        int suppliers = 2_000;
        int scenarios = AllocationSettings.DEFAULT_SCENARIOS;
        int threads = Runtime.getRuntime().availableProcessors();
        int runs = 2;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--parts" -> parts = Integer.parseInt(args[i + 1]);
                case "--suppliers" -> suppliers = Integer.parseInt(args[i + 1]);
                case "--scenarios" -> scenarios = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        Portfolio portfolio = new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(parts, suppliers, 7))
                .generate();
        ReferenceGeography geography = ReferenceGeographyLoader.shipped();
        StressTestModel model = StressTestModel.compile(portfolio, geography, EventCatalogueLoader.shipped());
        SourcingCheck sourcing = new SourcingCheck(new ExportCheck(ExportRuleSetLoader.shipped()));
        System.out.printf(Locale.ROOT, "portfolio: %,d parts, %,d suppliers (seed 7), %,d in the stress-test model, "
                + "%,d event streams; prepared in %.2f s%n", parts, suppliers, model.parts().size(),
                model.streams().size(), (System.nanoTime() - t0) / 1e9);
        AllocationSettings settings = AllocationSettings.of(new RiskAppetite(0.5, 0.95), scenarios, 20_261_128L,
                threads);
        for (int run = 1; run <= runs; run++) {
            PortfolioAllocation allocation = new PortfolioAllocation(portfolio, model, geography, sourcing,
                    part -> part.dualUseCode() == null ? ControlStatus.unclassified()
                            : ControlStatus.listed(part.dualUseCode()), settings);
            long cpu0 = processCpuNanos();
            long wall0 = System.nanoTime();
            PortfolioAllocationResult result = allocation.run((done, total) -> { });
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            int distinct = 0;
            for (PartAllocation part : result.parts()) {
                distinct += part.distinctScenarios();
            }
            int withChoice = result.parts().size();
            System.out.printf(Locale.ROOT, "run %d: %d scenarios (+%d out of sample), %d threads: %.2f s wall, %.2f s"
                    + " CPU; %,d parts with a choice (%,d without); %.2f ms CPU per part with a choice; mean %.1f "
                    + "distinct scenarios per part; %,d actions%n", run, scenarios, scenarios, threads, wall, cpu,
                    withChoice, result.withoutChoice().size(), withChoice == 0 ? 0 : 1000 * cpu / withChoice,
                    withChoice == 0 ? 0 : (double) distinct / withChoice, result.actions().size());
        }
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "memory: heap peak %.0f MiB (sum of pool peaks), process peak RSS %s%n",
                heapPeak / 1048576.0, peakRss());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** VmHWM from /proc/self/status (Linux), else "n/a". */
    private static String peakRss() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring(6).trim()).findFirst().orElse("n/a");
    }
}
