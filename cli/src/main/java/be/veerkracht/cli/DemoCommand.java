package be.veerkracht.cli;

import be.veerkracht.cli.exposure.AssessmentReport;
import be.veerkracht.cli.exposure.ReportLabel;
import be.veerkracht.exposure.ExposureAssessor;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.i18n.Messages;
import be.veerkracht.ingest.read.ImportedPortfolio;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.quality.QualityRecords;
import be.veerkracht.store.snapshot.ImportInfo;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import be.veerkracht.web.VeerkrachtServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code veerkracht demo}: the main job on the sample portfolio (a fictitious Flemish packaging-machine builder,
 * examples/flemish-machine-builder): import it into a demo database of its own, print the exposure assessment, and
 * serve the web application over it with a demo login until Ctrl-C.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Import the sample portfolio of a Flemish machine builder into a demo database, print",
            "its exposure assessment, then serve the web application over it (sign in with the user and",
            "password it prints) until Ctrl-C. Your own data is not touched (demo database:",
            "~/.veerkracht/demo)."})
final class DemoCommand implements Callable<Integer> {

    /** Where the sample travels inside the jar (copied there from examples/ by the build). */
    static final String SAMPLE = "/be/veerkracht/cli/demo/flemish-machine-builder/";

    /** Name of the demo's own H2 database next to the default one. */
    static final String DEMO_DATABASE = "demo";

    @Option(names = "--port", defaultValue = "7070", paramLabel = "PORT",
            description = "TCP port of the web application (default: ${DEFAULT-VALUE}; 0 = any free port).")
    private int port;

    @Option(names = "--no-serve", description = "Print the assessment and stop, without the web application.")
    private boolean noServe;

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
        Path folder = extractSample();
        ImportedPortfolio imported = new PortfolioReader().read(folder);
        DatabaseSettings settings = database.given().map(url -> DatabaseSettings.fromEnvironment(url))
                .orElseGet(DemoCommand::demoDatabase);
        SnapshotInfo snapshot;
        try (Database db = Database.open(settings)) {
            Clock clock = Clock.systemUTC();
            snapshot = new SnapshotStore(db.jdbi(), new AuditLog(db.jdbi(), clock), clock).save(imported.portfolio(),
                    new ImportInfo("examples/flemish-machine-builder (demo)", imported.contentSha256(),
                            System.getProperty("user.name")));
            DemoQualityData.store(QualityRecords.of(db, clock), System.getProperty("user.name"));
        }
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = language.locale();
        ReferenceGeography geography = reference.load(locale);
        new AssessmentReport(locale, geography).print(new ExposureAssessor(geography).assess(imported.portfolio()),
                imported.portfolio(), Messages.format(ReportLabel.SOURCE_SNAPSHOT, locale,
                        String.valueOf(snapshot.id()), snapshot.source(), snapshot.importedAt()), out);
        out.println();
        out.println("Stored in " + settings.displayUrl() + ". Next:");
        out.println("  ./veerkracht assess --db " + settings.url() + " --format json   (every finding and action)");
        out.println("  ./veerkracht template --out portfolio.xlsx                      (your own portfolio)");
        out.flush();
        if (!noServe) {
            serve(settings, geography, out);
        }
        return ExitCodes.OK;
    }

    /** The web application over the demo database, on this machine only, until Ctrl-C. */
    private void serve(DatabaseSettings settings, ReferenceGeography geography, PrintWriter out) throws Exception {
        try (Database db = Database.open(settings);
             VeerkrachtServer server = VeerkrachtServer.of(db, geography)) {
            String password = DemoLogin.prepare(db, new SecureRandom());
            int actual = RunningServer.start(server, VeerkrachtServer.DEFAULT_BIND_ADDRESS, port);
            out.println();
            out.println("The web application is running: open " + RunningServer.url(
                    VeerkrachtServer.DEFAULT_BIND_ADDRESS, actual));
            out.println("  sign in as '" + DemoLogin.NAME + "' with password " + password
                    + "   (new on every demo run)");
            out.println("  dashboard, risk map, parts, suppliers, import; API under /api/v1 (see /api/v1/openapi.json)");
            out.println("Stop with Ctrl-C.");
            out.flush();
            RunningServer.awaitStop();
        }
    }

    private static DatabaseSettings demoDatabase() {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
        return new DatabaseSettings("jdbc:h2:file:" + home.resolve(DatabaseSettings.DEFAULT_FOLDER).resolve(DEMO_DATABASE),
                null, null);
    }

    private static Path extractSample() throws IOException {
        Path folder = Files.createTempDirectory("veerkracht-demo");
        folder.toFile().deleteOnExit();
        for (Sheet sheet : Sheet.values()) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE + sheet.csvFileName())) {
                if (in == null) {
                    continue;
                }
                Path file = folder.resolve(sheet.csvFileName());
                Files.copy(in, file);
                file.toFile().deleteOnExit();
            }
        }
        return folder;
    }
}
