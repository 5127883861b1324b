package be.veerkracht.web.stress;

import be.veerkracht.simulation.montecarlo.StressTestAction;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One stress test run of {@link StressTestJobs}: its settings, how far it got, and its result or why it stopped.
 * Written by the run's thread, read by any request: every field a request reads is volatile or atomic.
 */
public final class StressTestJob {

    /** Where a run is. A run waiting for the one before it is {@link #RUNNING} with nothing done yet. */
    public enum Status {
        RUNNING, FINISHED, FAILED, CANCELLED;

        /** As the API writes it: {@code running}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a finished run found, with the assessment's actions ranked by it. */
    public record Outcome(StressTestResult result, List<StressTestAction> actions) {
        public Outcome {
            Objects.requireNonNull(result, "result");
            actions = List.copyOf(actions);
        }
    }

    private final long id;
    private final long snapshotId;
    private final StressTestSettings settings;
    private final AtomicInteger done = new AtomicInteger();
    private volatile Status status = Status.RUNNING;
    private volatile Outcome outcome;
    private volatile String error;
    private volatile boolean cancelRequested;
    private volatile boolean started;

    StressTestJob(long id, long snapshotId, StressTestSettings settings) {
        this.id = id;
        this.snapshotId = snapshotId;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public long id() {
        return id;
    }

    /** The snapshot whose portfolio the run simulates. */
    public long snapshotId() {
        return snapshotId;
    }

    public StressTestSettings settings() {
        return settings;
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return settings.scenarios();
    }

    public Status status() {
        return status;
    }

    /** Present once {@link Status#FINISHED}. */
    public Outcome outcome() {
        return outcome;
    }

    /** Why it failed; null unless {@link Status#FAILED}. */
    public String error() {
        return error;
    }

    public boolean isActive() {
        return status == Status.RUNNING;
    }

    /** Asks the run to stop before its next scenario. */
    void cancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void started() {
        started = true;
    }

    /** True once its thread took it up (false while it waits for the run before it). */
    boolean wasStarted() {
        return started;
    }

    /** The progress only grows, whatever order the worker threads report in. */
    void progressed(int count) {
        done.accumulateAndGet(count, Math::max);
    }

    void finished(Outcome result) {
        this.outcome = result;
        this.status = Status.FINISHED;
    }

    void failed(String reason) {
        this.error = reason;
        this.status = Status.FAILED;
    }

    void cancelled() {
        this.status = Status.CANCELLED;
    }
}
