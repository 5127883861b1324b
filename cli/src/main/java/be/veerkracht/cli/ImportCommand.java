package be.veerkracht.cli;

import be.veerkracht.ingest.read.ImportedPortfolio;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.portfolio.PortfolioSummary;
import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veerkracht import PATH}: reads a portfolio and stores it as a new snapshot, or stores nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a portfolio from an .xlsx workbook or a folder of CSV files as a new snapshot.",
            "Every problem is reported with file, sheet, row and column; a file with problems stores nothing.",
            "Format: docs/file-format.md, or 'veerkracht template'."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "The .xlsx workbook, or the folder holding parts.csv, "
            + "suppliers.csv, sourcing.csv and optionally tooling.csv.")
    private Path path;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;


    @Override
    public Integer call() throws Exception {
        ImportedPortfolio imported = new PortfolioReader().read(path);
        SnapshotInfo snapshot;
        try (Database db = database.open()) {
            Clock clock = Clock.systemUTC();
            SnapshotStore store = new SnapshotStore(db.jdbi(), new AuditLog(db.jdbi(), clock), clock);
            snapshot = store.save(imported.portfolio(), new ImportInfo(path.toString(), imported.contentSha256(),
                    System.getProperty("user.name")));
            print(imported, snapshot, PortfolioSummary.of(imported.portfolio()));
            AutomaticScreening.run(db, imported.portfolio(), snapshot.id(),
                    spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    private void print(ImportedPortfolio imported, SnapshotInfo snapshot, PortfolioSummary summary) {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = language.locale();
        Figures figures = new Figures(locale);
        out.printf("Imported %s (%s) as snapshot %d into %s%n", path, imported.format(), snapshot.id(),
                database.settings().displayUrl());
        out.printf("  %d parts, %d suppliers, %d sourcing links, %d tools%n", summary.parts(),
                summary.suppliers(), summary.links(), summary.tools());
        out.printf("  planned annual spend: %s%n", figures.eur(summary.annualSpendEur()));
        out.printf("  single-sourced parts: %d of %d; without an active source: %d%n", summary.singleSourcedParts(),
                summary.parts(), summary.unsourcedParts());
        out.printf("  producing in %d countries: %s%n", summary.originCountries().size(),
                String.join(", ", summary.originCountries().stream().map(Object::toString).toList()));
        out.printf("  content SHA-256 %s, recorded in the audit chain%n", snapshot.contentSha256());
    }
}
