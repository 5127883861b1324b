package be.veerkracht.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code veerkracht} command: one subcommand per job. */
@Command(name = "veerkracht",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Judge a supplier portfolio on risk exposure and strategic flexibility, and say what to do.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ImportCommand.class,
            SnapshotsCommand.class,
            TemplateCommand.class,
            AssessCommand.class,
            ScenarioCommand.class,
            SimulateCommand.class,
            OptimizeSplitCommand.class,
            LandedCostCommand.class,
            EmissionsCommand.class,
            ToolingRoiCommand.class,
            ToolsCommand.class,
            InventoryCommand.class,
            ComplianceCommand.class,
            QualityCommand.class,
            ListsCommand.class,
            ScreenCommand.class,
            ExposureCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            GenerateCommand.class,
            AuditCommand.class,
            UserCommand.class, TokenCommand.class,
            BenchCommand.class,
            CountriesCommand.class, McdaCommand.class, AhpCommand.class,
        })
public final class VeerkrachtCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Columns of the usage help. */
    static final int USAGE_WIDTH = 120;

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        quietLibraryLogging();
        CommandLine commandLine = new CommandLine(new VeerkrachtCommand())
                .setExecutionExceptionHandler(new ErrorReporter())
                .setCaseInsensitiveEnumValuesAllowed(true)
                // descriptions are written in lines of up to ~110 characters: at picocli's default 80 columns each
                // line would be broken again, leaving ragged two-word lines in every --help
                .setUsageHelpWidth(USAGE_WIDTH);
        listExitCodes(commandLine);
        return commandLine;
    }

    private static void listExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.HELP);
        command.getSubcommands().values().forEach(VeerkrachtCommand::listExitCodes);
    }

    /** Apache POI logs through Log4j and H2/zonky through SLF4J; without a backend both print a warning. */
    private static void quietLibraryLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "WARN");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
}
