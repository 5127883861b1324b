package be.veerkracht.web.stress;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.montecarlo.MonteCarloStressTest;
import be.veerkracht.simulation.montecarlo.StressTestAction;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import be.veerkracht.web.app.ShippedEventCatalogue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * The stress test runs of one server, in memory (a restart forgets them): one run at a time on a thread of its own
 * (a run uses {@link #THREADS} worker threads itself), at most {@link #MAX_ACTIVE} accepted runs waiting or running
 * (more are refused), and the last {@link #KEPT} runs kept for their results. A run dropped from the kept ones
 * while still waiting or running is cancelled. Runs read the portfolio and assessment they were started with, so a
 * new import does not change a run under way.
 */
public final class StressTestJobs implements AutoCloseable {

    /** How many runs are kept, finished or not; the oldest is forgotten beyond. */
    public static final int KEPT = 10;
    /** Runs accepted and not finished (one running, the others waiting); more are refused. */
    public static final int MAX_ACTIVE = 3;
    /** Worker threads of one run; the result does not depend on them. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Actions listed with a result, largest expected loss first. */
    public static final int ACTIONS = 10;

    private static final System.Logger LOG = System.getLogger(StressTestJobs.class.getName());

    private final ReferenceGeography geography;
    private final Supplier<EventCatalogue> catalogue;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "veerkracht-stress-test-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<StressTestJob> jobs = new ArrayDeque<>();
    private long lastId;

    /** @param catalogue the event catalogue, asked once per run (e.g. the shipped one, loaded once) */
    public StressTestJobs(ReferenceGeography geography, Supplier<EventCatalogue> catalogue) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The shipped event catalogue, read on the first run and kept ({@link ShippedEventCatalogue}). */
    public static Supplier<EventCatalogue> shippedCatalogue() {
        return new ShippedEventCatalogue();
    }

    /** Refused: too many runs waiting or running. */
    public static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message);
        }
    }

    /**
     * Accepts a run over {@code portfolio} (of snapshot {@code snapshotId}) and its {@code assessment}.
     *
     * @throws BusyException when {@link #MAX_ACTIVE} runs are waiting or running
     */
    public synchronized StressTestJob start(long snapshotId, Portfolio portfolio, ExposureAssessment assessment,
                                            StressTestSettings settings) {
        long active = jobs.stream().filter(StressTestJob::isActive).count();
        if (active >= MAX_ACTIVE) {
            throw new BusyException(active + " stress tests are running or waiting; try again when one has finished");
        }
        StressTestJob job = new StressTestJob(++lastId, snapshotId, settings.withThreads(THREADS));
        jobs.addLast(job);
        while (jobs.size() > KEPT) {
            jobs.removeFirst().cancel();
        }
        try {
            runner.submit(() -> run(job, portfolio, assessment));
        } catch (RejectedExecutionException closed) {
            jobs.remove(job);
            throw new BusyException("the server is stopping");
        }
        return job;
    }

    public synchronized Optional<StressTestJob> find(long id) {
        return jobs.stream().filter(j -> j.id() == id).findFirst();
    }

    /** The newest run, if any: what the page shows first. */
    public synchronized Optional<StressTestJob> newest() {
        return Optional.ofNullable(jobs.peekLast());
    }

    private void run(StressTestJob job, Portfolio portfolio, ExposureAssessment assessment) {
        job.started();
        if (job.cancelRequested()) {
            job.cancelled();
            return;
        }
        try {
            StressTestModel model = StressTestModel.compile(portfolio, geography, catalogue.get());
            StressTestResult result = new MonteCarloStressTest(model).run(job.settings(),
                    (done, total) -> job.progressed(done), job::cancelRequested);
            job.finished(new StressTestJob.Outcome(result, StressTestAction.rank(result, assessment, ACTIONS)));
        } catch (CancellationException e) {
            job.cancelled();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "stress test " + job.id() + " failed", e);
            job.failed("the stress test failed; the cause is in the server's log");
        }
    }

    /** Cancels every run and stops the thread; a run still waiting is cancelled at once. */
    @Override
    public synchronized void close() {
        jobs.forEach(StressTestJob::cancel);
        runner.shutdownNow();
        jobs.stream().filter(j -> j.isActive() && !j.wasStarted()).forEach(StressTestJob::cancelled);
    }
}
