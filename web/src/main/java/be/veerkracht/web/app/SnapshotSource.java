package be.veerkracht.web.app;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.snapshot.Snapshot;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Where the web application reads stored imports from: the port the store adapter fills. */
public interface SnapshotSource {

    /** The newest snapshot, or empty before the first import. */
    Optional<Snapshot> latest();

    /** Every snapshot, newest first. */
    List<SnapshotInfo> list();

    /** The snapshots of an open database; the caller keeps ownership of it and closes it after the server. */
    static SnapshotSource of(Database database) {
        Clock clock = Clock.systemUTC();
        SnapshotStore store = new SnapshotStore(database.jdbi(), new AuditLog(database.jdbi(), clock), clock);
        return new SnapshotSource() {
            @Override
            public Optional<Snapshot> latest() {
                return store.latest();
            }

            @Override
            public List<SnapshotInfo> list() {
                return store.list();
            }
        };
    }
}
