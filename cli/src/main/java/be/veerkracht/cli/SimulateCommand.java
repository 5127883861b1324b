package be.veerkracht.cli;

import be.veerkracht.exposure.ExposureAssessor;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.i18n.Messages;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.inventory.BufferPlanner;
import be.veerkracht.inventory.CapitalTerms;
import be.veerkracht.inventory.RecommendedReorderPolicy;
import be.veerkracht.inventory.ReorderPolicyPlanner;
import be.veerkracht.inventory.ServiceLevels;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.ReorderPointPolicy;
import be.veerkracht.simulation.montecarlo.MonteCarloStressTest;
import be.veerkracht.simulation.montecarlo.Replenishment;
import be.veerkracht.simulation.montecarlo.StressTestAction;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.simulation.montecarlo.StressTestProgress;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import be.veerkracht.web.api.StressTestDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht simulate [PATH]}: the Monte Carlo stress test (docs/stress-test.md) — random events from the
 * catalogue, the expected loss, VaR and CVaR, where the loss comes from and what to do first.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run the Monte Carlo stress test: scenarios of random disruptions drawn from the event",
            "catalogue (docs/event-catalogue.md); expected loss, VaR/CVaR, fill rates, contributions, actions."})
final class SimulateCommand implements Callable<Integer> {

    /** How many actions the report and the JSON carry. */
    static final int ACTIONS = 10;

    @Mixin
    private PortfolioArgument portfolio;

    @Option(names = "--scenarios", defaultValue = "1000", paramLabel = "N",
            description = "Scenarios to draw (default: ${DEFAULT-VALUE}).")
    private int scenarios;

    @Option(names = "--horizon-days", defaultValue = "365", paramLabel = "D",
            description = "Days per scenario (default: ${DEFAULT-VALUE}; the risk measures are over this horizon).")
    private int horizonDays;

    @Option(names = "--seed", defaultValue = "20261128", paramLabel = "S",
            description = "Seed of every random draw (default: ${DEFAULT-VALUE}); same seed, same result.")
    private long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: the machine's processors); the result does not depend on it.")
    private Integer threads;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (for machines, schema veerkracht/stress-test/1).")
    private OutputFormat format;

    @Option(names = "--demand-noise",
            description = {"Let daily demand vary (weekly_demand_sd_units); the loss is then what the events add to",
                "what the same demand loses without them. Slower: every touched part is simulated all year, twice."})
    private boolean demandNoise;

    @Option(names = "--replenishment", defaultValue = "keep", paramLabel = "POLICY",
            description = {"How parts are re-ordered between disruptions: keep (base stock keeping the starting",
                "position, default) or reorder-point ((r, Q) per part: r at its criticality's service level as",
                "`inventory buffers`, Q the economic order quantity; simulated day by day, slower)."})
    private String replenishment;

    @Option(names = "--ordering-cost", paramLabel = "EUR",
            description = "Cost of placing one order, EUR, for --replenishment reorder-point (default: 100, an "
                    + "assumption: set your own).")
    private BigDecimal orderingCost;

    @Option(names = "--no-progress", description = "No progress bar (it is shown only on a terminal anyway).")
    private boolean noProgress;

    @Mixin
    private ReferenceOption reference;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StressTestSettings settings = settings();
        ReferenceGeography geography = reference.load(language.locale());
        EventCatalogue catalogue = reference.events(geography, language.locale());
        PortfolioInput input = portfolio.load("simulate");
        Replenishment policies = replenishment(input.portfolio());
        StressTestModel model = StressTestModel.compile(input.portfolio(), geography, catalogue, policies);
        StressTestResult result = run(model, settings);
        List<StressTestAction> actions = StressTestAction.rank(result,
                new ExposureAssessor(geography).assess(input.portfolio()), ACTIONS);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(StressTestDocument.of(result, actions)));
        } else {
            String sourceLine = input.sourceLine(SimulateLabel.SOURCE_FILE, SimulateLabel.SOURCE_SNAPSHOT,
                    language.locale());
            new SimulateReport(language.locale()).print(result, actions, sourceLine,
                    policies instanceof Replenishment.ReorderPoints ? orderingCost() : null, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The parts' (r, Q) policies, planned as {@code inventory buffers} plans the buffers, or keep-position. */
    private Replenishment replenishment(Portfolio portfolio) throws BadInputException {
        switch (replenishment) {
            case "keep":
                if (orderingCost != null) {
                    throw new BadInputException("simulate: --ordering-cost is for --replenishment reorder-point");
                }
                return Replenishment.KEEP_STARTING_POSITION;
            case "reorder-point":
                ReorderPolicyPlanner planner = new ReorderPolicyPlanner(CapitalTerms.DEFAULT, orderingCost());
                Map<String, ReorderPointPolicy> byPart = new LinkedHashMap<>();
                for (RecommendedReorderPolicy policy : planner.plan(portfolio,
                        new BufferPlanner(ServiceLevels.DEFAULT).plan(portfolio))) {
                    byPart.put(policy.partId(), policy.simulationPolicy());
                }
                return new Replenishment.ReorderPoints(byPart);
            default:
                throw new BadInputException("simulate: --replenishment must be keep or reorder-point, got '"
                        + replenishment + "'");
        }
    }

    private BigDecimal orderingCost() throws BadInputException {
        if (orderingCost == null) {
            return ReorderPolicyPlanner.DEFAULT_ORDERING_COST_EUR;
        }
        if (orderingCost.signum() < 0) {
            throw new BadInputException("simulate: --ordering-cost must be at least 0 EUR, got "
                    + orderingCost.toPlainString());
        }
        return orderingCost;
    }

    private StressTestSettings settings() throws BadInputException {
        if (scenarios < 1) {
            throw new BadInputException("simulate: --scenarios must be at least 1, got " + scenarios);
        }
        if (horizonDays < 1) {
            throw new BadInputException("simulate: --horizon-days must be at least 1, got " + horizonDays);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new BadInputException("simulate: --threads must be at least 1, got " + workers);
        }
        return StressTestSettings.of(scenarios, horizonDays, seed, workers).withDemandNoise(demandNoise);
    }

    /** With a progress bar on stderr when a person is watching a terminal; stdout stays clean for the result. */
    private StressTestResult run(StressTestModel model, StressTestSettings settings) {
        MonteCarloStressTest test = new MonteCarloStressTest(model);
        if (noProgress || System.console() == null) {
            return test.run(settings);
        }
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(Messages.format(SimulateLabel.PROGRESS, language.locale()))
                .setInitialMax(settings.scenarios())
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build()) {
            // Workers report out of order; the bar only moves forward.
            StressTestProgress progress = (done, total) -> {
                synchronized (bar) {
                    if (done > bar.getCurrent()) {
                        bar.stepTo(done);
                    }
                }
            };
            return test.run(settings, progress, () -> false);
        }
    }
}
