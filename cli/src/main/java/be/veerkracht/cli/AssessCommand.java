package be.veerkracht.cli;

import be.veerkracht.cli.exposure.AssessmentReport;
import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.ExposureAssessor;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.i18n.Messages;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.snapshot.Snapshot;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.web.api.AssessmentDocument;
import be.veerkracht.store.snapshot.SnapshotStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veerkracht assess [PATH]}: where the portfolio is exposed, and what to do first. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess exposure: spend by zone and country, concentration (HHI), sourcing classes,",
            "flexibility, and the findings ranked by severity with an action each (docs/exposure.md)."})
final class AssessCommand implements Callable<Integer> {

    /** Machine output: indented, decimal points whatever the locale (Jackson writes numbers locale-free). */
    private static final com.fasterxml.jackson.databind.ObjectWriter PRETTY =
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter();

    @Parameters(paramLabel = "PATH", arity = "0..1",
            description = "A workbook or CSV folder to assess without storing it; default: the latest snapshot.")
    private Path path;

    @Option(names = "--snapshot", paramLabel = "ID", description = "Assess this stored snapshot instead of the latest.")
    private Long snapshotId;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (for machines, docs/schemas/assess.schema.json).")
    private OutputFormat format;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ReferenceOption reference;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;


    @Override
    public Integer call() throws Exception {
        ReferenceGeography geography = reference.load(language.locale());
        if (path != null) {
            Portfolio portfolio = new PortfolioReader().read(path).portfolio();
            print(portfolio, geography, new ExposureAssessor(geography).assess(portfolio), null,
                    Messages.format(be.veerkracht.cli.exposure.ReportLabel.SOURCE_FILE, language.locale(), path));
            return ExitCodes.OK;
        }
        Snapshot snapshot = stored();
        print(snapshot.portfolio(), geography, new ExposureAssessor(geography).assess(snapshot.portfolio()),
                snapshot.info(),
                Messages.format(be.veerkracht.cli.exposure.ReportLabel.SOURCE_SNAPSHOT, language.locale(),
                        String.valueOf(snapshot.info().id()), snapshot.info().source(), snapshot.info().importedAt()));
        return ExitCodes.OK;
    }

    private Snapshot stored() throws BadInputException {
        Optional<Snapshot> snapshot;
        try (Database db = database.open()) {
            SnapshotStore store = new SnapshotStore(db.jdbi(), new AuditLog(db.jdbi(), Clock.systemUTC()),
                    Clock.systemUTC());
            snapshot = snapshotId == null ? store.latest() : store.load(snapshotId);
        }
        return snapshot.orElseThrow(() -> new BadInputException(snapshotId == null
                ? "assess: no snapshot in " + database.settings().displayUrl() + "; import one, or give a PATH"
                : "assess: no snapshot " + snapshotId + " in " + database.settings().displayUrl()));
    }

    private void print(Portfolio portfolio, ReferenceGeography geography, ExposureAssessment assessment,
                       SnapshotInfo snapshot, String sourceLine) throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(PRETTY.writeValueAsString(AssessmentDocument.of(assessment, snapshot)));
        } else {
            new AssessmentReport(language.locale(), geography).print(assessment, portfolio, sourceLine, out);
        }
        out.flush();
    }
}
