package be.veerkracht.web.api;

import be.veerkracht.allocation.AllocationSettings;
import be.veerkracht.allocation.ConcentrationLimits;
import be.veerkracht.allocation.ExportPolicy;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.PortfolioAllocation;
import be.veerkracht.allocation.RiskAppetite;
import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.ExportRuleSetLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.web.app.PartSplits;

/**
 * Test-only: one part's split straight from the core's public single-part entry ({@link PortfolioAllocation#part}),
 * one thread, for the web's wiring checks.
 */
final class CoreSplit {

    private CoreSplit() {
    }

    /** The part's analysis; null when it has fewer than two admitted sources. */
    static PartAllocation analyse(Portfolio portfolio, ReferenceGeography geography, EventCatalogue catalogue,
                                  String partId, PartSplits.Settings s) {
        StressTestModel model = StressTestModel.compile(portfolio, geography, catalogue);
        AllocationSettings settings = new AllocationSettings(new RiskAppetite(s.cvarWeight(), s.cvarAlpha()),
                s.scenarios(), s.seed(), 1, PartSplits.FRONTIER_POINTS, 0, ConcentrationLimits.NONE,
                ExportPolicy.DEFAULT, AllocationSettings.DEFAULT_AMORTISATION_YEARS, false);
        return new PortfolioAllocation(portfolio, model, geography,
                new SourcingCheck(new ExportCheck(ExportRuleSetLoader.shipped())), PartSplits::classification,
                settings).part(partId).orElse(null);
    }
}
