package be.veerkracht.cli;

import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veerkracht snapshots}: every import, newest first; the first is what commands use by default. */
@Command(name = "snapshots", mixinStandardHelpOptions = true,
        description = "List the imported snapshots, newest first. The newest is the default for every command.")
final class SnapshotsCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<SnapshotInfo> snapshots;
        try (Database db = database.open()) {
            Clock clock = Clock.systemUTC();
            snapshots = new SnapshotStore(db.jdbi(), new AuditLog(db.jdbi(), clock), clock).list();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (snapshots.isEmpty()) {
            out.println("No snapshots yet in " + database.settings().displayUrl()
                    + ". Import one with: veerkracht import PATH");
            return ExitCodes.OK;
        }
        out.printf("%4s  %-24s  %6s  %9s  %6s  %5s  %-12s  %s%n", "id", "imported at (UTC)", "parts", "suppliers",
                "links", "tools", "sha-256", "source");
        for (SnapshotInfo s : snapshots) {
            out.printf("%4d  %-24s  %6d  %9d  %6d  %5d  %-12s  %s%n", s.id(), s.importedAt(), s.parts(),
                    s.suppliers(), s.links(), s.tools(), s.contentSha256().substring(0, 12), s.source());
        }
        return ExitCodes.OK;
    }
}
