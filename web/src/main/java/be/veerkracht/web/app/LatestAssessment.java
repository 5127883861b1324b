package be.veerkracht.web.app;

import be.veerkracht.exposure.ExposureAssessor;
import be.veerkracht.geo.ReferenceGeography;
import java.util.Objects;
import java.util.Optional;

/**
 * The exposure assessment of the newest snapshot, as every page and the API show it.
 *
 * <p>Snapshots never change once stored, so the assessment of one is kept and reused while that snapshot is the
 * newest: each request only asks the store for the newest id (one indexed query), and a new import shows on the
 * next request. Loading and assessing a 10,000-part snapshot takes about a second (docs/benchmarks.md); doing it
 * once per import, not once per request, is what keeps pages fast under many clients.
 */
public final class LatestAssessment {

    private final SnapshotSource snapshots;
    private final ReferenceGeography geography;
    private final ExposureAssessor assessor;
    private final Object loading = new Object();
    private volatile AssessedSnapshot cached;

    public LatestAssessment(SnapshotSource snapshots, ReferenceGeography geography) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.geography = Objects.requireNonNull(geography, "geography");
        this.assessor = new ExposureAssessor(geography);
    }

    /** Empty before the first import. */
    public Optional<AssessedSnapshot> get() {
        Optional<Long> newest = snapshots.latestId();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        long id = newest.get();
        AssessedSnapshot known = cached;
        if (known != null && known.snapshot().info().id() == id) {
            return Optional.of(known);
        }
        // one request loads and assesses; the others that arrive meanwhile wait for its result instead of each
        // loading the same snapshot again
        synchronized (loading) {
            known = cached;
            if (known != null && known.snapshot().info().id() == id) {
                return Optional.of(known);
            }
            Optional<AssessedSnapshot> fresh = snapshots.load(id)
                    .map(s -> new AssessedSnapshot(s, assessor.assess(s.portfolio())));
            fresh.ifPresent(a -> cached = a);
            return fresh;
        }
    }

    /** The reference geography the assessment uses, for zone names on the pages. */
    public ReferenceGeography geography() {
        return geography;
    }

    public SnapshotSource snapshots() {
        return snapshots;
    }
}
