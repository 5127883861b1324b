package be.veerkracht.bench.screening;

import be.veerkracht.screening.SanctionsList;
import be.veerkracht.screening.match.ListIndex;
import be.veerkracht.screening.match.ScreeningHit;
import be.veerkracht.screening.match.ScreeningQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Name screening at scale (issue 9, Done when; docs/benchmarks.md "Name screening"): builds a {@link ListIndex}
 * over a seeded synthetic list of N entities (default 50,000), then screens Q names (default 10,000; half variants
 * of listed names, half unlisted) at the default threshold on T threads (default: the machine's cores), twice:
 * the first pass includes JIT warm-up. Prints the build time, both passes' wall and CPU times, the hit counts and
 * how many variants found the entry they were made from.
 *
 * <p>Usage: {@code ./bench screening [--entities N] [--queries Q] [--threads T] [--seed S]}
 */
public final class ScreeningBenchmark {

    /** CPU time per thread: the machine is shared, so wall time alone says little (docs/benchmarks.md). */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    private ScreeningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = 50_000;
        int queries = 10_000;
        int threads = Runtime.getRuntime().availableProcessors();
        long seed = 9;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--entities" -> entities = Integer.parseInt(args[i + 1]);
                case "--queries" -> queries = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        SyntheticSanctionsList generator = new SyntheticSanctionsList(seed);
        SanctionsList list = generator.list(entities);
        List<SyntheticSanctionsList.Query> names = generator.queries(list, queries);
        int listedNames = list.entries().stream().mapToInt(e -> e.names().size()).sum();
        System.out.printf(Locale.ROOT, "list: %,d entities, %,d names (seed %d); %,d queries; %d threads%n",
                entities, listedNames, seed, queries, threads);

        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        ListIndex index = new ListIndex(List.of(list));
        System.out.printf(Locale.ROOT, "index build: %.2f s wall, %.2f s CPU%n", (System.nanoTime() - t0) / 1e9,
                (CPU.getCurrentThreadCpuTime() - c0) / 1e9);

        for (String pass : List.of("first pass (cold JIT)", "second pass (warm)")) {
            long t1 = System.nanoTime();
            long[] counts = screen(index, names, threads);
            double seconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %.2f s wall, %.2f s CPU over %d threads, %.0f names/s, %,d hits >= %.2f,"
                    + " %,d of %,d variants found their source entry%n", pass, seconds, counts[2] / 1e9, threads,
                    queries / seconds, counts[0], ListIndex.DEFAULT_THRESHOLD,
                    counts[1], names.stream().filter(q -> q.sourceEntryId() != null).count());
        }
    }

    /** Total hits, variants whose source entry is among their hits, and CPU nanoseconds of the workers. */
    private static long[] screen(ListIndex index, List<SyntheticSanctionsList.Query> names, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            int chunk = (names.size() + threads - 1) / threads;
            for (int from = 0; from < names.size(); from += chunk) {
                List<SyntheticSanctionsList.Query> slice = names.subList(from, Math.min(names.size(), from + chunk));
                parts.add(pool.submit(() -> {
                    long[] counts = new long[3];
                    long cpu = CPU.getCurrentThreadCpuTime();
                    for (SyntheticSanctionsList.Query q : slice) {
                        List<ScreeningHit> found = index.search(ScreeningQuery.ofName(q.name()));
                        counts[0] += found.size();
                        if (q.sourceEntryId() != null
                                && found.stream().anyMatch(h -> h.entryId().equals(q.sourceEntryId()))) {
                            counts[1]++;
                        }
                    }
                    counts[2] = CPU.getCurrentThreadCpuTime() - cpu;
                    return counts;
                }));
            }
            long[] total = new long[3];
            for (Future<long[]> f : parts) {
                for (int k = 0; k < total.length; k++) {
                    total[k] += f.get()[k];
                }
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }
}
