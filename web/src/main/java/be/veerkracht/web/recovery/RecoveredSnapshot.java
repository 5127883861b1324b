package be.veerkracht.web.recovery;

import be.veerkracht.exposure.recovery.RecoveryAssessment;
import be.veerkracht.web.app.AssessedSnapshot;
import java.util.Objects;

/** A stored snapshot (with its exposure assessment) and time to survive against time to recover over it. */
public record RecoveredSnapshot(AssessedSnapshot snapshot, RecoveryAssessment recovery) {

    public RecoveredSnapshot {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(recovery, "recovery");
    }

    public long snapshotId() {
        return snapshot.snapshot().info().id();
    }
}
