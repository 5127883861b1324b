package be.veerkracht.allocation;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.simulation.PartSupply;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.montecarlo.MonteCarloStressTest;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The what-if of issue 10, item 5: one part, one candidate supplier. It adds the candidate to the portfolio as a
 * source without a share (usable after qualification), then
 * <ol>
 *   <li>optimises the part's split without and with the candidate on the same outage scenarios
 *       ({@link CandidateWhatIf}: the scenarios come from the stress test's event model, so a candidate in the
 *       incumbent's footprint fails with it);</li>
 *   <li>runs the Monte Carlo stress test on the part as it is sourced today and as it would be sourced at the new
 *       optimum (the candidate qualified, every source at its optimal share), each on the part alone: the events of a
 *       part's sources do not depend on the other parts, so its expected loss is the one the portfolio's stress test
 *       gives, without the cost of running every part.</li>
 * </ol>
 * The two stress runs draw from the same seed but their models hold different sources, so their event streams are
 * not paired: the difference carries the standard errors of both, which the result reports.
 *
 * <p>Cost: sampling the whole model's outage scenarios once, two LPs of the part's size, two stress tests of one part.
 */
public final class CandidateStudy {

    private final ReferenceGeography geography;
    private final EventCatalogue catalogue;
    private final SourcingCheck sourcing;
    private final Function<Part, ControlStatus> classification;

    public CandidateStudy(ReferenceGeography geography, EventCatalogue catalogue, SourcingCheck sourcing,
                          Function<Part, ControlStatus> classification) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.sourcing = Objects.requireNonNull(sourcing, "sourcing");
        this.classification = Objects.requireNonNull(classification, "classification");
    }

    /**
     * @throws IllegalArgumentException when the part is unknown, has no modelled source, or the candidate cannot be
     *                                  added (its key taken by an imported supplier)
     */
    public CandidateOutcome study(Portfolio portfolio, String partId, CandidateSource candidate,
                                  AllocationSettings settings, StressTestSettings stress) {
        Part part = portfolio.part(new PartId(partId))
                .orElseThrow(() -> new IllegalArgumentException("no part " + partId + " in the portfolio"));
        if (portfolio.supplier(new SupplierId(CandidateSource.SUPPLIER_ID)).isPresent()) {
            throw new IllegalArgumentException("the portfolio already has a supplier " + CandidateSource.SUPPLIER_ID);
        }
        List<SourcingLink> today = portfolio.linksOf(part.id());
        List<SourcingLink> withCandidate = new ArrayList<>(today);
        withCandidate.add(candidate.link(part.id(), false, 0));
        Portfolio extended = withLinks(portfolio, part, withCandidate, candidate.supplier(), true);
        StressTestModel model = StressTestModel.compile(extended, geography, catalogue);
        AllocationProblem problem = new PortfolioAllocation(extended, model, geography, sourcing, classification,
                settings).problem(partId);
        CandidateWhatIf.Result split = new CandidateWhatIf(new SplitAnalysis(new CvarLpSplitOptimiser(),
                settings.frontierPoints())).compare(problem, candidate.sourceId(), settings.risk());
        Map<String, Double> shares = sharesOf(split.after(), part.id(), withCandidate, candidate);
        List<SourcingLink> atOptimum = new ArrayList<>();
        for (SourcingLink link : withCandidate) {
            String id = PartSupply.sourceId(link);
            if (id.equals(candidate.sourceId())) {
                double share = shares.getOrDefault(id, 0.0);
                atOptimum.add(share > 0 ? candidate.link(part.id(), true, share) : link);
            } else {
                atOptimum.add(withShare(link, shares.getOrDefault(id, 0.0)));
            }
        }
        StressTestResult before = stressOf(withLinks(portfolio, part, today, null, false), stress);
        StressTestResult after = stressOf(withLinks(portfolio, part, atOptimum, candidate.supplier(), false), stress);
        return new CandidateOutcome(partId, candidate, split, shares, StressedPart.of(partId, before),
                StressedPart.of(partId, after), stress);
    }

    /** Shares of demand at the optimum with the candidate, rounded to 1e-6 and summing to 1. */
    private static Map<String, Double> sharesOf(PartAllocation after, PartId part, List<SourcingLink> links,
                                                CandidateSource candidate) {
        Map<String, Double> raw = new LinkedHashMap<>();
        double sum = 0;
        for (SourcingLink link : links) {
            String id = PartSupply.sourceId(link);
            double share = Math.max(0, after.optimum().share(id, after.demandUnits()));
            raw.put(id, share);
            sum += share;
        }
        if (!(sum > 0)) {
            throw new IllegalStateException("the optimum of " + part.value() + " orders nothing");
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Map.Entry<String, Double> entry : raw.entrySet()) {
            shares.put(entry.getKey(), Math.round(entry.getValue() / sum * 1e6) / 1e6);
        }
        return shares;
    }

    private static SourcingLink withShare(SourcingLink link, double share) {
        return new SourcingLink(link.part(), link.supplier(), link.site(), share, link.price(), link.leadTime(),
                link.originCountry(), link.transportMode(), link.incoterm(), link.capacityUnitsPerYear(),
                link.recoveryDays(), link.rampUpDays(), link.qualification(), link.paymentTermsDays(),
                link.attributes());
    }

    /**
     * The portfolio with the part's links replaced; {@code whole} keeps every other part (for the split, whose
     * supplier capacities count the other parts' load), else the part alone with its suppliers (for its stress test).
     */
    private static Portfolio withLinks(Portfolio portfolio, Part part, List<SourcingLink> partLinks,
                                       Supplier extra, boolean whole) {
        List<SourcingLink> links = new ArrayList<>();
        if (whole) {
            portfolio.links().stream().filter(link -> !link.part().equals(part.id())).forEach(links::add);
        }
        links.addAll(partLinks);
        List<Supplier> suppliers = new ArrayList<>();
        if (whole) {
            suppliers.addAll(portfolio.suppliers());
        } else {
            Set<SupplierId> used = new LinkedHashSet<>();
            partLinks.forEach(link -> used.add(link.supplier()));
            portfolio.suppliers().stream().filter(s -> used.contains(s.id())).forEach(suppliers::add);
        }
        if (extra != null) {
            suppliers.add(extra);
        }
        try {
            return whole
                    ? PortfolioAssembly.of(portfolio.parts(), suppliers, links, portfolio.tools(),
                            portfolio.products(), portfolio.bom(), portfolio.customers())
                    : PortfolioAssembly.of(List.of(part), suppliers, links, List.of());
        } catch (InvalidPortfolioException invalid) {
            throw new IllegalArgumentException("the candidate cannot be added to " + part.id().value() + ": "
                    + invalid.getMessage(), invalid);
        }
    }

    private StressTestResult stressOf(Portfolio onePart, StressTestSettings stress) {
        return new MonteCarloStressTest(StressTestModel.compile(onePart, geography, catalogue)).run(stress);
    }
}
