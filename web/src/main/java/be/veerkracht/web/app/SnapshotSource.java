package be.veerkracht.web.app;

import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.Snapshot;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Where the web application reads and stores imported portfolios: the port the store adapter fills. */
public interface SnapshotSource {

    /** The id of the newest snapshot, or empty before the first import; cheap, nothing is loaded. */
    Optional<Long> latestId();

    /** The snapshot with this id, or empty when there is none. */
    Optional<Snapshot> load(long id);

    /** The newest snapshot, or empty before the first import. */
    default Optional<Snapshot> latest() {
        return latestId().flatMap(this::load);
    }

    /** Every snapshot, newest first. */
    List<SnapshotInfo> list();

    /** Stores an imported portfolio as the newest snapshot, in one transaction with its audit record. */
    SnapshotInfo save(Portfolio portfolio, ImportInfo info);

    /** The snapshots of an open database; the caller keeps ownership of it and closes it after the server. */
    static SnapshotSource of(Database database) {
        Clock clock = Clock.systemUTC();
        SnapshotStore store = new SnapshotStore(database.jdbi(), new AuditLog(database.jdbi(), clock), clock);
        return new SnapshotSource() {
            @Override
            public Optional<Long> latestId() {
                return store.latestId();
            }

            @Override
            public Optional<Snapshot> load(long id) {
                return store.load(id);
            }

            @Override
            public List<SnapshotInfo> list() {
                return store.list();
            }

            @Override
            public SnapshotInfo save(Portfolio portfolio, ImportInfo info) {
                return store.save(portfolio, info);
            }
        };
    }
}
