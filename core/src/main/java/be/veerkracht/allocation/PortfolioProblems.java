package be.veerkracht.allocation;

import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.ExportItem;
import be.veerkracht.compliance.SourcingCheck;
import be.veerkracht.compliance.SourcingPermission.Verdict;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.simulation.PartSupply;
import be.veerkracht.simulation.SupplySource;
import be.veerkracht.simulation.montecarlo.ModelPart;
import be.veerkracht.simulation.montecarlo.SourceOutageScenarios;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Turns a part of the stress test's model into an {@link AllocationProblem}: its sources as the stress test holds
 * them (active ones, qualified standby sources, candidates with qualification days and capacity), with price,
 * link capacity, flex capacity and ramp-up (qualification included), producing country, zone, outage footprints and
 * the export-control verdict; the supplier's shared capacity less what its other parts take today; the part's
 * shortage cost (else margin, else 0); and the scenarios' fractions of the year down. Thread-safe (verdicts cached).
 */
final class PortfolioProblems {

    private final Portfolio portfolio;
    private final StressTestModel model;
    private final ReferenceGeography geography;
    private final SourcingCheck sourcing;
    private final Function<Part, ControlStatus> classification;
    private final AllocationSettings settings;
    private final Map<String, Double> supplierLoad = new HashMap<>();
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

    PortfolioProblems(Portfolio portfolio, StressTestModel model, ReferenceGeography geography,
                      SourcingCheck sourcing, Function<Part, ControlStatus> classification,
                      AllocationSettings settings) {
        this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
        this.model = Objects.requireNonNull(model, "model");
        this.geography = Objects.requireNonNull(geography, "geography");
        this.sourcing = Objects.requireNonNull(sourcing, "sourcing");
        this.classification = Objects.requireNonNull(classification, "classification");
        this.settings = Objects.requireNonNull(settings, "settings");
        for (ModelPart part : model.parts()) {
            double demand = part.meanUnitsPerDay() * SupplySource.DAYS_PER_YEAR;
            for (SourcingLink link : portfolio.linksOf(new PartId(part.partId()))) {
                if (PartSupply.isActive(link)) {
                    double share = shareOf(part, PartSupply.sourceId(link));
                    supplierLoad.merge(link.supplier().value(), share * demand, Double::sum);
                }
            }
        }
    }

    /** The part's problem on {@code outages}. */
    AllocationProblem problem(int partIndex, SourceOutageScenarios outages) {
        ModelPart part = model.parts().get(partIndex);
        Part portfolioPart = portfolio.part(new PartId(part.partId())).orElseThrow();
        double demand = part.meanUnitsPerDay() * SupplySource.DAYS_PER_YEAR;
        List<SupplySource> supplies = part.supply().sources();
        List<AllocationSource> sources = new ArrayList<>();
        Map<String, Double> capacities = new HashMap<>();
        for (SupplySource supply : supplies) {
            SourcingLink link = linkOf(part, supply.id());
            sources.add(source(portfolioPart, link, supply));
            capacities.putIfAbsent(link.supplier().value(), null);
        }
        Map<String, Double> left = new HashMap<>();
        for (String supplierId : capacities.keySet()) {
            Double capacity = portfolio.supplier(new be.veerkracht.portfolio.SupplierId(supplierId))
                    .map(Supplier::capacityUnitsPerYear).orElse(null);
            if (capacity != null) {
                double own = 0;
                for (SupplySource supply : supplies) {
                    if (linkOf(part, supply.id()).supplier().value().equals(supplierId)) {
                        own += supply.share() * demand;
                    }
                }
                left.put(supplierId, Math.max(0, capacity - supplierLoad.getOrDefault(supplierId, 0.0) + own));
            }
        }
        double[][] out = new double[outages.scenarios()][supplies.size()];
        for (int s = 0; s < out.length; s++) {
            for (int i = 0; i < supplies.size(); i++) {
                out[s][i] = outages.downDays(partIndex, i, s) / (double) SourceOutageScenarios.HORIZON_DAYS;
            }
        }
        return new AllocationProblem(part.partId(), demand, part.costEurPerUnit(), sources,
                ScenarioSet.sampled(out), AllocationProblem.Ordering.SHARES_OF_DEMAND, left, settings.minShare(),
                settings.limits(), settings.exportPolicy());
    }

    private AllocationSource source(Part part, SourcingLink link, SupplySource supply) {
        CountryCode country = link.originCountry();
        boolean candidate = !link.qualification().qualified();
        double qualification = candidate && link.qualification().costEur() != null
                ? link.qualification().costEur().doubleValue() / settings.amortisationYears() : 0;
        Set<String> footprints = new LinkedHashSet<>();
        if (country != null) {
            geography.footprints().stream().filter(f -> f.kind() == FootprintKind.OUTAGE && f.covers(country))
                    .forEach(f -> footprints.add(f.code()));
        }
        return new AllocationSource(supply.id(), link.supplier().value(),
                link.price().perUnitEur().doubleValue(), link.capacityUnitsPerYear(),
                supply.capacityUnitsPerYear(), supply.rampUpDays(), supply.share(), candidate, qualification,
                country == null ? null : country.alpha2(),
                country == null ? null : geography.zoneOf(country).orElse(null), footprints, verdict(part, country));
    }

    /** The export verdict, cached per (classification, country); an unknown country must be classified first. */
    private Verdict verdict(Part part, CountryCode country) {
        if (country == null) {
            return Verdict.CLASSIFY_FIRST;
        }
        ControlStatus status = classification.apply(part);
        return verdicts.computeIfAbsent(status + "|" + country.alpha2(),
                key -> sourcing.permission(ExportItem.part(part.id().value(), status), country).verdict());
    }

    private SourcingLink linkOf(ModelPart part, String sourceId) {
        for (SourcingLink link : portfolio.linksOf(new PartId(part.partId()))) {
            if (PartSupply.sourceId(link).equals(sourceId)) {
                return link;
            }
        }
        throw new IllegalStateException("source " + sourceId + " of " + part.partId() + " has no link");
    }

    private static double shareOf(ModelPart part, String sourceId) {
        return part.supply().sources().stream().filter(s -> s.id().equals(sourceId)).findFirst()
                .map(SupplySource::share).orElse(0.0);
    }
}
