package be.veerkracht.web.app;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.store.snapshot.Snapshot;
import java.util.Objects;

/** A stored snapshot with the exposure assessment of its portfolio. */
public record AssessedSnapshot(Snapshot snapshot, ExposureAssessment assessment) {

    public AssessedSnapshot {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(assessment, "assessment");
    }
}
