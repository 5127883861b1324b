package be.veerkracht.allocation;

import be.veerkracht.action.Action;
import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.montecarlo.SourceOutageScenarios;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The split of every part of a portfolio that has a choice (at least two sources export control admits), on
 * scenarios drawn from the stress test's event model ({@link SourceOutageScenarios}: scenario i is the stress test's
 * scenario i for the same seed, so correlated sources fail together), with the comparison, the frontier when asked,
 * the out-of-sample error, and an {@link Action} per part whose split should move ({@link AllocationActions}).
 *
 * <p>Determinism: the scenarios are drawn once, in order, by the calling thread; each part is then solved by one
 * worker from its own problem and stored at its index; actions are ranked by one thread. So the result does not
 * depend on the number of threads. Cost: the sampling O(N × streams), then one LP (or MIP) per part with a choice,
 * of size O(K·n) for K distinct scenarios.
 */
public final class PortfolioAllocation {

    private final StressTestModel model;
    private final PortfolioProblems problems;
    private final AllocationSettings settings;
    private final SplitAnalysis analysis;

    /**
     * @param classification how a part is classified for export control (its dual-use code, a register, or
     *                       "unclassified"): the caller decides, nothing is assumed here
     */
    public PortfolioAllocation(Portfolio portfolio, StressTestModel model, ReferenceGeography geography,
                               SourcingCheck sourcing, Function<Part, ControlStatus> classification,
                               AllocationSettings settings) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.problems = new PortfolioProblems(portfolio, model, geography, sourcing, classification, settings);
        this.analysis = new SplitAnalysis(new CvarLpSplitOptimiser(), settings.frontierPoints());
    }

    /**
     * One part's problem on the same scenarios {@link #run} draws (the first {@code scenarios} of the seed's streams),
     * so its answer is the one the portfolio run gives for that part. Cost: the sampling of the whole model once.
     *
     * @throws IllegalArgumentException when the part is not in the model (no active or standby source)
     */
    public AllocationProblem problem(String partId) {
        SourceOutageScenarios sample = SourceOutageScenarios.sample(model, settings.seed(), 0, settings.scenarios());
        return problems.problem(indexOf(partId), sample);
    }

    /** One part's analysis, as {@link #run} finds it; empty when it has fewer than two admitted sources. */
    public Optional<PartAllocation> part(String partId) {
        int index = indexOf(partId);
        int n = settings.scenarios();
        SourceOutageScenarios sample = SourceOutageScenarios.sample(model, settings.seed(), 0, n);
        AllocationProblem problem = problems.problem(index, sample);
        if (admitted(problem) < 2) {
            return Optional.empty();
        }
        ScenarioSet fresh = settings.outOfSample()
                ? problems.problem(index, SourceOutageScenarios.sample(model, settings.seed(), n, n)).scenarios()
                : null;
        return Optional.of(analysis.analyse(problem, settings.risk(), fresh));
    }

    private int indexOf(String partId) {
        for (int p = 0; p < model.parts().size(); p++) {
            if (model.parts().get(p).partId().equals(partId)) {
                return p;
            }
        }
        throw new IllegalArgumentException("part " + partId + " has no source the stress test models");
    }

    private static long admitted(AllocationProblem problem) {
        return problem.sources().stream().filter(source -> problem.exportPolicy().admits(source.verdict())).count();
    }

    public PortfolioAllocationResult run(AllocationProgress progress) {
        int n = settings.scenarios();
        SourceOutageScenarios sample = SourceOutageScenarios.sample(model, settings.seed(), 0, n);
        SourceOutageScenarios independent = settings.outOfSample()
                ? SourceOutageScenarios.sample(model, settings.seed(), n, n) : null;
        List<Integer> withChoice = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (int p = 0; p < model.parts().size(); p++) {
            AllocationProblem problem = problems.problem(p, sample);
            if (admitted(problem) >= 2) {
                withChoice.add(p);
            } else {
                without.add(problem.partId());
            }
        }
        PartAllocation[] parts = new PartAllocation[withChoice.size()];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < settings.threads(); t++) {
                int worker = t;
                futures.add(pool.submit(() -> {
                    for (int j = worker; j < parts.length; j += settings.threads()) {
                        int p = withChoice.get(j);
                        AllocationProblem problem = problems.problem(p, sample);
                        ScenarioSet fresh = independent == null ? null
                                : problems.problem(p, independent).scenarios();
                        parts[j] = analysis.analyse(problem, settings.risk(), fresh);
                        progress.partsDone(done.incrementAndGet(), parts.length);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("split optimisation interrupted", interrupted);
        } catch (java.util.concurrent.ExecutionException failed) {
            throw new IllegalStateException("split optimisation failed: " + failed.getCause().getMessage(),
                    failed.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<PartAllocation> results = List.of(parts);
        List<Action> actions = AllocationActions.rank(results, settings.risk());
        return new PortfolioAllocationResult(settings, results, without, actions, model.geographyVersion());
    }
}
