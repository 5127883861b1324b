package be.veerkracht.cli;

import be.veerkracht.allocation.AllocationProblem;
import be.veerkracht.allocation.AllocationSettings;
import be.veerkracht.allocation.AllocationSource;
import be.veerkracht.allocation.ConcentrationLimits;
import be.veerkracht.allocation.CvarLpSplitOptimiser;
import be.veerkracht.allocation.ExportPolicy;
import be.veerkracht.allocation.IndependentFailures;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.RiskAppetite;
import be.veerkracht.allocation.SplitAnalysis;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht optimize-split}: the volume split over a part's sources that minimises (1 − λ)·E[cost] +
 * λ·CVaR (docs/allocation.md). With {@code --supplier}: one decision, independent all-or-nothing failures, all 2^n
 * scenarios. Without: every part of the portfolio on the stress test's scenarios ({@link OptimizeSplitPortfolio}).
 */
@Command(name = "optimize-split", mixinStandardHelpOptions = true,
        description = {"The volume split that minimises (1 - L) x expected cost + L x CVaR: one decision with",
            "--supplier, or every part of the portfolio on the stress test's scenarios, side by side with today's",
            "split, 80/20 and 50/50 (docs/allocation.md)."})
final class OptimizeSplitCommand implements Callable<Integer> {

    /** Frontier points of the single decision: λ = 0, 0.1, …, 1. */
    static final int SINGLE_FRONTIER_POINTS = 11;

    @Mixin
    PortfolioArgument portfolio;

    @Option(names = "--demand", paramLabel = "D", description = "Single decision: units needed (with --supplier).")
    Double demand;

    @Option(names = "--shortage-cost", paramLabel = "C",
            description = "Single decision: EUR a unit not delivered costs (with --supplier).")
    Double shortageCost;

    @Option(names = "--supplier", paramLabel = OptimizeSplitSupplier.SYNTAX,
            description = {"Single decision: a supplier, its price (EUR a unit), capacity (units) and probability",
                "of delivering nothing; repeat for each (at most 20). Quantities may add up to more than demand."})
    List<String> suppliers = new ArrayList<>();

    @Option(names = "--cvar-weight", defaultValue = "0.5", paramLabel = "L",
            description = "Weight of the tail, 0..1: 0 expected cost only, 1 CVaR only (default: ${DEFAULT-VALUE}).")
    double cvarWeight;

    @Option(names = "--cvar-alpha", defaultValue = "0.95", paramLabel = "A",
            description = "CVaR level, 0 <= A < 1: 0.95 is the mean of the worst 5 %% (default: ${DEFAULT-VALUE}).")
    double cvarAlpha;

    @Option(names = "--min-share", defaultValue = "0", paramLabel = "S",
            description = "Smallest share of demand a source gets if used at all, 0..1 (default: 0; above 0: MIP).")
    double minShare;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people, in --lang) or json (schemas " + OptimizeSplitDocument.SINGLE_SCHEMA
                    + ", " + OptimizeSplitDocument.PORTFOLIO_SCHEMA + ").")
    OutputFormat format;

    @Mixin
    OptimizeSplitPortfolio portfolioOptions;

    @Mixin
    ReferenceOption reference;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RiskAppetite risk = risk();
        PrintWriter out = spec.commandLine().getOut();
        if (suppliers.isEmpty()) {
            if (demand != null || shortageCost != null) {
                throw new BadInputException("optimize-split: --demand and --shortage-cost go with --supplier");
            }
            portfolioOptions.run(this, risk, out);
        } else {
            single(risk, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void single(RiskAppetite risk, PrintWriter out) throws Exception {
        if (demand == null || shortageCost == null) {
            throw new BadInputException("optimize-split: --supplier needs --demand and --shortage-cost");
        }
        if (!(demand > 0 && Double.isFinite(demand))) {
            throw new BadInputException("optimize-split: --demand must be above 0 units, got " + demand);
        }
        if (!(shortageCost >= 0 && Double.isFinite(shortageCost))) {
            throw new BadInputException("optimize-split: --shortage-cost must be at least 0 EUR, got "
                    + shortageCost);
        }
        if (suppliers.size() > IndependentFailures.MAX_SOURCES) {
            throw new BadInputException("optimize-split: at most " + IndependentFailures.MAX_SOURCES
                    + " suppliers (2^n scenarios), got " + suppliers.size());
        }
        List<AllocationSource> sources = new ArrayList<>();
        double[] failure = new double[suppliers.size()];
        Set<String> names = new HashSet<>();
        for (int i = 0; i < suppliers.size(); i++) {
            OptimizeSplitSupplier supplier = OptimizeSplitSupplier.parse(suppliers.get(i));
            if (!names.add(supplier.name())) {
                throw new BadInputException("optimize-split: supplier " + supplier.name() + " is given twice");
            }
            sources.add(AllocationSource.simple(supplier.name(), supplier.priceEurPerUnit(),
                    supplier.capacityUnits()));
            failure[i] = supplier.failureProbability();
        }
        AllocationProblem problem = AllocationProblem.singleDecision(demand, shortageCost, sources,
                IndependentFailures.enumerate(failure)).withMinShare(minShare());
        PartAllocation result = new SplitAnalysis(new CvarLpSplitOptimiser(), SINGLE_FRONTIER_POINTS)
                .analyse(problem, risk, null);
        if (format == OutputFormat.JSON) {
            List<String> explanation = result.explanation().stream().map(t -> t.in(Locale.ENGLISH)).toList();
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(OptimizeSplitDocument.single(result, explanation)));
        } else {
            new OptimizeSplitReport(language.locale()).single(result, out);
        }
    }

    private RiskAppetite risk() throws BadInputException {
        if (!(cvarWeight >= 0 && cvarWeight <= 1)) {
            throw new BadInputException("optimize-split: --cvar-weight must be in [0, 1], got " + cvarWeight);
        }
        if (!(cvarAlpha >= 0 && cvarAlpha < 1)) {
            throw new BadInputException("optimize-split: --cvar-alpha must be in [0, 1), got " + cvarAlpha);
        }
        return new RiskAppetite(cvarWeight, cvarAlpha);
    }

    double minShare() throws BadInputException {
        if (!(minShare >= 0 && minShare <= 1)) {
            throw new BadInputException("optimize-split: --min-share must be in [0, 1], got " + minShare);
        }
        return minShare;
    }

    /** The settings of the portfolio mode from the shared and the portfolio options. */
    AllocationSettings settings(RiskAppetite risk, int scenarios, long seed, int threads, int frontierPoints,
                                ConcentrationLimits limits, ExportPolicy policy) throws BadInputException {
        return new AllocationSettings(risk, scenarios, seed, threads, frontierPoints, minShare(), limits, policy,
                AllocationSettings.DEFAULT_AMORTISATION_YEARS, true);
    }
}
