package be.veerkracht.cli;

import be.veerkracht.store.Database;
import be.veerkracht.store.screening.ScreeningRecords;
import be.veerkracht.store.screening.StoredListVersion;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veerkracht lists}: the sanctions-list versions stored; {@code lists import FILE} adds one. */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = {"The sanctions and denied-party list versions stored (source, publication date, SHA-256,",
            "entries, file, who imported it and when), newest first; screening uses the newest of each source.",
            "Add one with: lists import FILE (docs/sanctions-lists.md)."},
        subcommands = {ListsImportCommand.class})
final class ListsCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<StoredListVersion> versions;
        try (Database db = database.open()) {
            versions = ScreeningRecords.of(db, java.time.Clock.systemUTC()).lists().versions();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (versions.isEmpty()) {
            out.println("No sanctions lists stored yet: veerkracht lists import FILE (EU FSF XML, UN XML, OFAC SDN "
                    + "CSV folder, OpenSanctions targets.simple.csv).");
        }
        for (StoredListVersion v : versions) {
            out.printf(java.util.Locale.ROOT, "%4d  %-13s %-10s %s  %,7d entries  %s  (%s, %s)%n", v.id(),
                    v.version().source().key(), v.version().publicationDate() == null ? "undated"
                            : v.version().publicationDate(), v.version().contentHash().substring(0, 12),
                    v.version().entryCount(), v.fileName(), v.importedBy(), v.importedAt());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
