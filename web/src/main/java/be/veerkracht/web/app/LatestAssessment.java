package be.veerkracht.web.app;

import be.veerkracht.exposure.ExposureAssessor;
import be.veerkracht.geo.ReferenceGeography;
import java.util.Objects;
import java.util.Optional;

/**
 * The exposure assessment of the newest snapshot, as every page and the API show it. Loaded and assessed on each
 * call, nothing cached, so a new import shows at once (the assessment alone takes about 0.1 s for 10,000 parts,
 * docs/benchmarks.md; loading the snapshot is not measured yet).
 */
public final class LatestAssessment {

    private final SnapshotSource snapshots;
    private final ReferenceGeography geography;
    private final ExposureAssessor assessor;

    public LatestAssessment(SnapshotSource snapshots, ReferenceGeography geography) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.geography = Objects.requireNonNull(geography, "geography");
        this.assessor = new ExposureAssessor(geography);
    }

    /** Empty before the first import. */
    public Optional<AssessedSnapshot> get() {
        return snapshots.latest().map(s -> new AssessedSnapshot(s, assessor.assess(s.portfolio())));
    }

    /** The reference geography the assessment uses, for zone names on the pages. */
    public ReferenceGeography geography() {
        return geography;
    }

    public SnapshotSource snapshots() {
        return snapshots;
    }
}
