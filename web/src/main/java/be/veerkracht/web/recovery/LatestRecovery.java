package be.veerkracht.web.recovery;

import be.veerkracht.exposure.recovery.RecoveryAssessment;
import be.veerkracht.exposure.recovery.TimeToSurviveAnalysis;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.web.app.AssessedSnapshot;
import be.veerkracht.web.app.LatestAssessment;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Time to survive against time to recover for the newest snapshot, as the page and the API show it.
 *
 * <p>Solving the linear programmes of every supplier, site, footprint and zone may take seconds on a large
 * portfolio, so it is done once per snapshot, on first use: the first request computes it and the others that
 * arrive meanwhile wait for that result instead of solving again; a new import shows on the next request. Snapshots
 * never change once stored, so the result stays right for as long as its snapshot is the newest.
 */
public final class LatestRecovery {

    private final LatestAssessment latest;
    private final Supplier<EventCatalogue> catalogue;
    private final Object solving = new Object();
    private volatile RecoveredSnapshot cached;

    /**
     * @param catalogue the event catalogue whose default recovery times the analysis uses, loaded on first use
     *                  (e.g. {@code StressTestJobs.shippedCatalogue()})
     */
    public LatestRecovery(LatestAssessment latest, Supplier<EventCatalogue> catalogue) {
        this.latest = Objects.requireNonNull(latest, "latest");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** Empty before the first import. */
    public Optional<RecoveredSnapshot> get() {
        Optional<AssessedSnapshot> newest = latest.get();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        AssessedSnapshot snapshot = newest.get();
        RecoveredSnapshot known = cached;
        if (known != null && known.snapshot() == snapshot) {
            return Optional.of(known);
        }
        synchronized (solving) {
            known = cached;
            if (known != null && known.snapshot() == snapshot) {
                return Optional.of(known);
            }
            RecoveryAssessment assessment = new TimeToSurviveAnalysis(latest.geography(), catalogue.get())
                    .assess(snapshot.snapshot().portfolio());
            RecoveredSnapshot fresh = new RecoveredSnapshot(snapshot, assessment);
            cached = fresh;
            return Optional.of(fresh);
        }
    }

    /** The exposure assessment's source of the newest snapshot, for the page's snapshot line and zone names. */
    public LatestAssessment latest() {
        return latest;
    }
}
