package be.veerkracht.web.app;

import be.veerkracht.allocation.AllocationProgress;
import be.veerkracht.allocation.AllocationSettings;
import be.veerkracht.allocation.CandidateOutcome;
import be.veerkracht.allocation.CandidateSource;
import be.veerkracht.allocation.CandidateStudy;
import be.veerkracht.allocation.ConcentrationLimits;
import be.veerkracht.allocation.ExportPolicy;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.PortfolioAllocation;
import be.veerkracht.allocation.PortfolioAllocationResult;
import be.veerkracht.allocation.RiskAppetite;
import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.ExportRuleSetLoader;
import be.veerkracht.portfolio.Part;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The volume split of the newest snapshot's parts (docs/allocation.md, "On the web"): the portfolio optimised as
 * {@code veerkracht optimize-split} does (the stress test's events, the shipped export rules, each part classified by
 * its {@code dual_use_code} or else unclassified, the default export policy, no concentration limits), with the
 * optimum, today's split, 80/20, 50/50 and a {@value #FRONTIER_POINTS}-point frontier per part. The page's settings
 * ({@link Settings#PAGE}) are computed once per snapshot and kept in {@link AssessedSnapshot#derived}; other
 * settings (the API's parameters) are computed per request. Deterministic for the same seed.
 */
public final class PartSplits {

    /** λ on each frontier: 0, 0.25, 0.5, 0.75, 1. */
    public static final int FRONTIER_POINTS = 5;

    /** The most scenarios one request may ask for. */
    public static final int MAX_SCENARIOS = 2000;

    /** Scenarios of each of the what-if's two stress tests: one part, so cheap; the standard error is shown. */
    public static final int WHAT_IF_STRESS_SCENARIOS = 2000;

    /** Where the method is written down. */
    public static final String METHOD = "docs/allocation.md";

    /** λ, α, scenarios and seed of one computation. */
    public record Settings(double cvarWeight, double cvarAlpha, int scenarios, long seed) {
        /** What the part page shows: λ 0.5, α 0.95, 300 scenarios, the stress test's default seed. */
        public static final Settings PAGE = new Settings(0.5, 0.95, 300, 20261128L);

        public Settings {
            new RiskAppetite(cvarWeight, cvarAlpha);
            if (scenarios < 1 || scenarios > MAX_SCENARIOS) {
                throw new IllegalArgumentException("scenarios must be in 1.." + MAX_SCENARIOS + ", got " + scenarios);
            }
        }

        AllocationSettings allocation() {
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            return new AllocationSettings(new RiskAppetite(cvarWeight, cvarAlpha), scenarios, seed, threads,
                    FRONTIER_POINTS, 0, ConcentrationLimits.NONE, ExportPolicy.DEFAULT,
                    AllocationSettings.DEFAULT_AMORTISATION_YEARS, false);
        }
    }

    private final ReferenceGeography geography;
    private final Supplier<EventCatalogue> catalogue;

    public PartSplits(ReferenceGeography geography, Supplier<EventCatalogue> catalogue) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The splits of the snapshot's parts under {@code settings}; kept with the snapshot for {@link Settings#PAGE}. */
    public PortfolioAllocationResult of(AssessedSnapshot assessed, Settings settings) {
        if (settings.equals(Settings.PAGE)) {
            return assessed.derived(PartSplits.class, PortfolioAllocationResult.class,
                    () -> compute(assessed, settings));
        }
        return compute(assessed, settings);
    }

    /** The part's answer; empty for a part without a choice (then it is in {@code withoutChoice}). */
    public static Optional<PartAllocation> part(PortfolioAllocationResult result, String partId) {
        return result.parts().stream().filter(p -> p.partId().equals(partId)).findFirst();
    }

    private PortfolioAllocationResult compute(AssessedSnapshot assessed, Settings settings) {
        StressTestModel model = StressTestModel.compile(assessed.snapshot().portfolio(), geography, catalogue.get());
        SourcingCheck sourcing = new SourcingCheck(new ExportCheck(ExportRuleSetLoader.shipped()));
        return new PortfolioAllocation(assessed.snapshot().portfolio(), model, geography, sourcing,
                PartSplits::classification, settings.allocation()).run(AllocationProgress.NONE);
    }

    /**
     * What adding {@code candidate} to the part would do (issue 10, item 5): the split without and with it under
     * {@code settings}, and the part's stress test today and at the new optimum, {@value #WHAT_IF_STRESS_SCENARIOS}
     * scenarios over a year from the same seed. Computed per request (two LPs and two one-part stress tests).
     *
     * @throws IllegalArgumentException when the part has no modelled source (nothing to compare)
     */
    public CandidateOutcome whatIf(AssessedSnapshot assessed, String partId, CandidateSource candidate,
                                   Settings settings) {
        StressTestSettings stress = StressTestSettings.of(WHAT_IF_STRESS_SCENARIOS,
                StressTestSettings.DEFAULT_HORIZON_DAYS, settings.seed(), settings.allocation().threads());
        SourcingCheck sourcing = new SourcingCheck(new ExportCheck(ExportRuleSetLoader.shipped()));
        return new CandidateStudy(geography, catalogue.get(), sourcing, PartSplits::classification)
                .study(assessed.snapshot().portfolio(), partId, candidate, settings.allocation(), stress);
    }

    /** As the CLI: listed with its dual-use code, else unclassified (never a silent "not listed"). */
    public static ControlStatus classification(Part part) {
        return part.dualUseCode() == null ? ControlStatus.unclassified() : ControlStatus.listed(part.dualUseCode());
    }
}
