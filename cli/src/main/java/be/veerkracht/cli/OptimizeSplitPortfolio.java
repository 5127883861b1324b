package be.veerkracht.cli;

import be.veerkracht.allocation.AllocationProgress;
import be.veerkracht.allocation.AllocationSettings;
import be.veerkracht.allocation.ConcentrationLimits;
import be.veerkracht.allocation.ExportPolicy;
import be.veerkracht.allocation.PortfolioAllocation;
import be.veerkracht.allocation.PortfolioAllocationResult;
import be.veerkracht.allocation.RiskAppetite;
import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.i18n.Messages;
import be.veerkracht.portfolio.Part;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Option;

/**
 * The portfolio mode of {@code optimize-split}: its options, and the run with a progress bar on stderr when a
 * person watches a terminal. A part's export classification: listed with its {@code dual_use_code}, else
 * unclassified (Veerkracht does not assume "not listed" for a part nobody classified).
 */
final class OptimizeSplitPortfolio {

    @Option(names = "--scenarios", defaultValue = "500", paramLabel = "N",
            description = "Portfolio: years drawn from the event catalogue (default: ${DEFAULT-VALUE}).")
    int scenarios;

    @Option(names = "--seed", defaultValue = "20261128", paramLabel = "S",
            description = "Portfolio: seed of every draw, as in simulate (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Portfolio: worker threads (default: the processors); the result does not depend on it.")
    Integer threads;

    @Option(names = "--frontier-points", defaultValue = "0", paramLabel = "M",
            description = "Portfolio: points of each part's cost/CVaR frontier, 0 or at least 2 (default: 0).")
    int frontierPoints;

    @Option(names = "--max-country-share", defaultValue = "1", paramLabel = "S",
            description = "Portfolio: largest share of a part from one country, 0..1 (default: 1, no limit).")
    double maxCountryShare;

    @Option(names = "--max-zone-share", defaultValue = "1", paramLabel = "S",
            description = "Portfolio: largest share of a part from one risk zone, 0..1 (default: 1).")
    double maxZoneShare;

    @Option(names = "--max-footprint-share", defaultValue = "1", paramLabel = "S",
            description = "Portfolio: largest share of a part from one outage footprint, 0..1 (default: 1).")
    double maxFootprintShare;

    @Option(names = "--licensed-sources", defaultValue = "allow", paramLabel = "allow|exclude",
            description = "Sources needing an export licence or UGEA first: allow (noted) or exclude (default: allow).")
    String licensed;

    @Option(names = "--unclassified", defaultValue = "allow", paramLabel = "allow|exclude",
            description = "Parts not classified for export control: allow their sources (flagged) or exclude them "
                    + "abroad (default: allow).")
    String unclassified;

    @Option(names = "--actions", defaultValue = "20", paramLabel = "N",
            description = "How many moves the text report lists (default: ${DEFAULT-VALUE}).")
    int actions;

    @Option(names = "--no-progress", description = "No progress bar (it is shown only on a terminal anyway).")
    boolean noProgress;

    void run(OptimizeSplitCommand command, RiskAppetite risk, PrintWriter out) throws Exception {
        AllocationSettings settings = settings(command, risk);
        Locale locale = command.language.locale();
        ReferenceGeography geography = command.reference.load(locale);
        EventCatalogue catalogue = command.reference.events(geography, locale);
        SourcingCheck sourcing = new SourcingCheck(new ExportCheck(command.reference.exportRules(locale)));
        PortfolioInput input = command.portfolio.load("optimize-split");
        StressTestModel model = StressTestModel.compile(input.portfolio(), geography, catalogue);
        Function<Part, ControlStatus> classification = part -> part.dualUseCode() == null
                ? ControlStatus.unclassified() : ControlStatus.listed(part.dualUseCode());
        PortfolioAllocation allocation = new PortfolioAllocation(input.portfolio(), model, geography, sourcing,
                classification, settings);
        PortfolioAllocationResult result = runWithProgress(allocation, locale);
        if (command.format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(OptimizeSplitDocument.portfolio(result)));
        } else {
            String sourceLine = input.sourceLine(OptimizeSplitLabel.SOURCE_FILE, OptimizeSplitLabel.SOURCE_SNAPSHOT,
                    locale);
            new OptimizeSplitReport(locale).portfolio(result, sourceLine, actions, out);
        }
    }

    private AllocationSettings settings(OptimizeSplitCommand command, RiskAppetite risk) throws BadInputException {
        if (scenarios < 1) {
            throw new BadInputException("optimize-split: --scenarios must be at least 1, got " + scenarios);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new BadInputException("optimize-split: --threads must be at least 1, got " + workers);
        }
        if (frontierPoints < 0 || frontierPoints == 1) {
            throw new BadInputException("optimize-split: --frontier-points must be 0 or at least 2, got "
                    + frontierPoints);
        }
        for (double share : new double[] {maxCountryShare, maxZoneShare, maxFootprintShare}) {
            if (!(share >= 0 && share <= 1)) {
                throw new BadInputException("optimize-split: --max-*-share must be in [0, 1], got " + share);
            }
        }
        ExportPolicy policy = new ExportPolicy(treatment("--licensed-sources", licensed,
                ExportPolicy.Treatment.ALLOW_AND_NOTE), treatment("--unclassified", unclassified,
                ExportPolicy.Treatment.ALLOW_AND_FLAG));
        return command.settings(risk, scenarios, seed, workers, frontierPoints,
                new ConcentrationLimits(maxCountryShare, maxZoneShare, maxFootprintShare), policy);
    }

    private static ExportPolicy.Treatment treatment(String option, String value, ExportPolicy.Treatment allow)
            throws BadInputException {
        return switch (value) {
            case "allow" -> allow;
            case "exclude" -> ExportPolicy.Treatment.EXCLUDE;
            default -> throw new BadInputException("optimize-split: " + option + " must be allow or exclude, got '"
                    + value + "'");
        };
    }

    private PortfolioAllocationResult runWithProgress(PortfolioAllocation allocation, Locale locale) {
        if (noProgress || System.console() == null) {
            return allocation.run(AllocationProgress.NONE);
        }
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(Messages.format(OptimizeSplitLabel.PROGRESS, locale))
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build()) {
            // workers report out of order; the bar only moves forward
            return allocation.run((done, total) -> {
                synchronized (bar) {
                    bar.maxHint(total);
                    if (done > bar.getCurrent()) {
                        bar.stepTo(done);
                    }
                }
            });
        }
    }
}
