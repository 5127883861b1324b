package be.veerkracht.allocation;

import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.ExportRuleSetLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.montecarlo.SourceOutageScenarios;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.web.app.PartSplits;

/**
 * Test-only: one part's problem built straight from the core (in this package because {@link PortfolioProblems} is
 * package-private) and analysed with {@link SplitAnalysis}, for the web's wiring check.
 */
public final class DirectSplit {

    private DirectSplit() {
    }

    /** The part's analysis; null when it has fewer than two admitted sources. */
    public static PartAllocation analyse(Portfolio portfolio, ReferenceGeography geography, EventCatalogue catalogue,
                                         String partId, PartSplits.Settings s) {
        StressTestModel model = StressTestModel.compile(portfolio, geography, catalogue);
        RiskAppetite risk = new RiskAppetite(s.cvarWeight(), s.cvarAlpha());
        AllocationSettings settings = new AllocationSettings(risk, s.scenarios(), s.seed(), 1,
                PartSplits.FRONTIER_POINTS, 0, ConcentrationLimits.NONE, ExportPolicy.DEFAULT,
                AllocationSettings.DEFAULT_AMORTISATION_YEARS, false);
        PortfolioProblems problems = new PortfolioProblems(portfolio, model, geography,
                new SourcingCheck(new ExportCheck(ExportRuleSetLoader.shipped())), PartSplits::classification,
                settings);
        SourceOutageScenarios sample = SourceOutageScenarios.sample(model, s.seed(), 0, s.scenarios());
        for (int p = 0; p < model.parts().size(); p++) {
            if (model.parts().get(p).partId().equals(partId)) {
                AllocationProblem problem = problems.problem(p, sample);
                long admitted = problem.sources().stream()
                        .filter(source -> problem.exportPolicy().admits(source.verdict())).count();
                return admitted < 2 ? null
                        : new SplitAnalysis(new CvarLpSplitOptimiser(), PartSplits.FRONTIER_POINTS)
                                .analyse(problem, risk, null);
            }
        }
        throw new IllegalArgumentException("no part " + partId);
    }
}
