package be.veerkracht.cli;

import be.veerkracht.ingest.sanctions.InvalidSanctionsListException;
import be.veerkracht.ingest.sanctions.SanctionsListFormat;
import be.veerkracht.ingest.sanctions.SanctionsListReader;
import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.SanctionsList;
import be.veerkracht.store.Database;
import be.veerkracht.store.screening.ScreeningRecords;
import be.veerkracht.store.screening.StoredListVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veerkracht lists import FILE}: reads an official sanctions list and stores it as a new version. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read a sanctions list in its official format and store it as a new version (all or",
            "nothing; the same file twice is stored once): EU Financial Sanctions Files XML, the UN Security",
            "Council consolidated XML, OFAC's SDN.CSV/ADD.CSV/ALT.CSV (the folder or SDN.CSV), or OpenSanctions",
            "targets.simple.csv (its data licence is non-commercial: a notice is printed). The format is detected",
            "unless --source says it. Recorded in the audit chain. A broken file is exit 2, naming file, line, field."})
final class ListsImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The list file (or OFAC folder).")
    private Path file;

    @Option(names = "--source", paramLabel = "SOURCE", description = "eu, un, ofac or opensanctions (default: "
            + "detected from the file).")
    private String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date, for formats whose file carries none (OFAC, OpenSanctions).")
    private LocalDate date;

    @Mixin
    private DatabaseOption database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(file)) {
            throw new BadInputException("lists import: " + file + " does not exist");
        }
        SanctionsListReader reader = format().reader(date);
        SanctionsList list;
        try {
            list = reader.read(file);
        } catch (InvalidSanctionsListException invalid) {
            throw new BadInputException("lists import: " + invalid.getMessage() + "; nothing was stored");
        }
        PrintWriter out = spec.commandLine().getOut();
        reader.licenceNotice().ifPresent(notice -> out.println("Note: " + notice));
        StoredListVersion stored;
        try (Database db = database.open()) {
            stored = ScreeningRecords.of(db, java.time.Clock.systemUTC()).lists().importList(ComplianceRecords.actor(), list,
                    file.getFileName().toString());
            print(stored, list, out);
            if (stored.created()) {
                latestSnapshot(db).ifPresent(snapshot -> AutomaticScreening.run(db, snapshot.portfolio(),
                        snapshot.info().id(), out));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The newest stored snapshot, if any: screened again after a list update. */
    private static java.util.Optional<be.veerkracht.store.snapshot.Snapshot> latestSnapshot(Database db) {
        java.time.Clock clock = java.time.Clock.systemUTC();
        return new be.veerkracht.store.snapshot.SnapshotStore(db.jdbi(),
                new be.veerkracht.store.audit.AuditLog(db.jdbi(), clock), clock).latest();
    }

    private void print(StoredListVersion stored, SanctionsList list, PrintWriter out) {
        if (stored.created()) {
            out.printf(Locale.ROOT, "Stored %s as list version %d: %,d entries, published %s, SHA-256 %s%n",
                    file.getFileName(), stored.id(), list.version().entryCount(),
                    list.version().publicationDate() == null ? "(no date)" : list.version().publicationDate(),
                    list.version().contentHash());
        } else {
            out.printf(Locale.ROOT, "Already stored as list version %d (same source and SHA-256, from %s): nothing "
                    + "new%n", stored.id(), stored.fileName());
        }
    }

    private SanctionsListFormat format() throws BadInputException, IOException {
        if (source == null) {
            try {
                return SanctionsListFormat.detect(file);
            } catch (InvalidSanctionsListException unknown) {
                throw new BadInputException("lists import: " + unknown.getMessage()
                        + "; say which list it is with --source eu|un|ofac|opensanctions");
            }
        }
        try {
            return SanctionsListFormat.of(ListSource.valueOf(source.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("lists import: --source must be eu, un, ofac or opensanctions, got '"
                    + source + "'");
        }
    }
}
