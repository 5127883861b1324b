package be.veerkracht.bench.inventory;

import be.veerkracht.inventory.dualsourcing.DemandDistribution;
import be.veerkracht.inventory.dualsourcing.DualIndexPolicy;
import be.veerkracht.inventory.dualsourcing.DualSourcingInstance;
import be.veerkracht.inventory.dualsourcing.OptimalSolution;
import be.veerkracht.inventory.dualsourcing.OptimisedPolicy;
import be.veerkracht.inventory.dualsourcing.PolicyOptimiser;
import be.veerkracht.inventory.dualsourcing.RelativeValueIteration;
import be.veerkracht.inventory.dualsourcing.StateSpaceBounds;
import be.veerkracht.inventory.dualsourcing.TooManyStatesException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * Times the dual-sourcing DP and the heuristic optimisers (docs/inventory.md, "Benchmarks"): for l_r = 2..6 and
 * demand uniform on 0..m (m = 2, 4, 6 by default; c_e = 20, h = 5, b = 495 as in issue 7), the wall time of each
 * heuristic's optimisation, of the DP including its widening of the box, the DP's states, and the peak heap used
 * during the DP (JVM memory pools, reset before each run). One untimed warm-up on l_r = 2 first; one run each
 * (these are seconds-long computations, not micro-benchmarks). Run:
 * {@code java -Xmx3g -cp benchmarks/target/benchmarks.jar be.veerkracht.bench.inventory.DualSourcingBenchmark
 * [m[:L] ...]} (demand 0..m, lead times 2..L, default 6; default rows 2 4 6).
 */
public final class DualSourcingBenchmark {

    /** The longest regular lead time measured unless an argument {@code m:L} says otherwise. */
    private static final int MAX_LEAD_TIME = 6;

    /** Two double and two int arrays over the states (values, next values, best y, best q_r). */
    private static final double ARRAY_BYTES_PER_STATE = 24;

    private DualSourcingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rows = args.length == 0 ? List.of("2", "4", "6") : List.of(args);
        run(2, 4, false);
        System.out.printf(Locale.ROOT, "machine: %d processors, max heap %d MiB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        System.out.println("| l_r | demand | SI s | DI s | CDI s | TBS s | DP states | DP iterations | DP s "
                + "| DP arrays MiB | peak heap MiB | optimum | CDI gap % |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String row : rows) {
            String[] parts = row.split(":");
            int m = Integer.parseInt(parts[0]);
            int maxLead = parts.length > 1 ? Integer.parseInt(parts[1]) : MAX_LEAD_TIME;
            for (int l = 2; l <= maxLead; l++) {
                run(l, m, true);
            }
        }
    }

    private static void run(int lead, int max, boolean print) throws Exception {
        DualSourcingInstance instance = new DualSourcingInstance(lead, 20, 5, 495,
                DemandDistribution.parse("uniform:0:" + max));
        PolicyOptimiser optimiser = new PolicyOptimiser(instance);
        double[] seconds = new double[4];
        OptimisedPolicy cdi = null;
        DualIndexPolicy di = null;
        List<String> codes = List.of("si", "di", "cdi", "tbs");
        for (int i = 0; i < codes.size(); i++) {
            long start = System.nanoTime();
            OptimisedPolicy best;
            try {
                best = optimiser.optimise(codes.get(i));
            } catch (TooManyStatesException e) {
                seconds[i] = Double.NaN;
                continue;
            }
            seconds[i] = (System.nanoTime() - start) / 1e9;
            if (i == 1) {
                di = (DualIndexPolicy) best.policy();
            }
            if (i == 2) {
                cdi = best;
            }
        }
        if (di == null || cdi == null) {
            System.out.printf(Locale.ROOT, "| %d | uniform:0:%d | too many states for exact evaluation |%n", lead, max);
            return;
        }
        StateSpaceBounds bounds = StateSpaceBounds.around(di, instance.demand());
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        String dp;
        try {
            long start = System.nanoTime();
            OptimalSolution solution = RelativeValueIteration.solveWidening(instance, bounds);
            double dpSeconds = (System.nanoTime() - start) / 1e9;
            long peak = pools.stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            dp = String.format(Locale.ROOT, "%,d | %d | %.2f | %.1f | %d | %.4f%s | %.2f", solution.states(),
                    solution.iterations(), dpSeconds, solution.states() * ARRAY_BYTES_PER_STATE / 1048576.0,
                    peak >> 20, solution.averageCost(),
                    solution.boundCheck().binds() ? " (bounds bind)" : "",
                    100 * (cdi.cost().averageCost() - solution.averageCost()) / solution.averageCost());
        } catch (IllegalArgumentException | OutOfMemoryError e) {
            dp = "refused | | | | | | (" + e.getMessage() + ")";
        }
        if (print) {
            System.out.printf(Locale.ROOT, "| %d | uniform:0:%d | %.3f | %.3f | %.3f | %.3f | %s |%n", lead, max,
                    seconds[0], seconds[1], seconds[2], seconds[3], dp);
        }
    }
}
