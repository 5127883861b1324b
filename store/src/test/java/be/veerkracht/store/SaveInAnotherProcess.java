package be.veerkracht.store;

import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import java.time.Clock;

/**
 * A second process for {@link H2SharedFileTest}: opens the database at the URL given, saves the rich portfolio
 * as {@code child-process} and prints the new snapshot's id. Exit code 0 on success, 1 on a store failure.
 */
public final class SaveInAnotherProcess {

    private SaveInAnotherProcess() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(new DatabaseSettings(args[0], null, null))) {
            Clock clock = Clock.systemUTC();
            SnapshotStore store = new SnapshotStore(database.jdbi(), new AuditLog(database.jdbi(), clock), clock);
            SnapshotInfo info = store.save(RichPortfolio.build(),
                    new be.veerkracht.store.snapshot.ImportInfo("child.xlsx", "0".repeat(64), "child-process"));
            System.out.println(info.id());
        } catch (StoreException failure) {
            System.err.println(failure.getMessage());
            System.exit(1);
        }
    }
}
