package be.veerkracht.portfolio.synthetic;

import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates a realistic, valid supplier portfolio of a Belgian machine builder from a seed: for demos, for the
 * writers' and readers' tests, and for stress tests at 10,000 to 1,000,000 parts.
 *
 * <p>Deterministic: the same {@link SyntheticPortfolioSpec} gives an equal {@link Portfolio} on every run (see
 * {@link Draws} for why it does not depend on the processor either).
 * One {@link SplittableRandom} is seeded with the seed and split once per stage (suppliers, parts, sourcing,
 * tooling, capacities) in a fixed order, and each stage runs in one thread in list order; so growing the number
 * of parts does not change the suppliers.
 *
 * <p>What is realistic and what is assumed is documented where it is drawn: {@link CountryProfiles} (countries,
 * names, plants abroad), {@link PartCategory} (prices, demand, HS and dual-use codes, tools),
 * {@link SourcingPattern} (single, dual, candidate, two sites), {@link Region} (transport and lead times).
 *
 * <p>Running time O(P log S + S) for P parts and S suppliers; memory O(P + S). Every result passes
 * {@link PortfolioAssembly}; a failure there is a bug in this generator and is thrown as
 * {@link IllegalStateException}.
 */
public final class SyntheticPortfolioGenerator {

    private final SyntheticPortfolioSpec spec;

    public SyntheticPortfolioGenerator(SyntheticPortfolioSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public SyntheticPortfolioSpec spec() {
        return spec;
    }

    /** A new portfolio; calling it again gives an equal one. */
    public Portfolio generate() {
        Draws root = new Draws(new SplittableRandom(spec.seed()));
        Draws supplierDraws = root.split();
        Draws partDraws = root.split();
        Draws sourcingDraws = root.split();
        Draws toolDraws = root.split();
        Draws capacityDraws = root.split();

        List<GeneratedSupplier> suppliers = new SupplierFactory(supplierDraws).suppliers(spec.supplierCount());
        List<GeneratedPart> parts = new PartFactory(partDraws).parts(spec.partCount());
        Map<PartId, List<SourcingLink>> linksByPart = sourcing(parts, new SourcingPlanner(suppliers, sourcingDraws));
        List<SourcingLink> links = linksByPart.values().stream().flatMap(List::stream).toList();
        List<Tool> tools = new ToolingFactory(toolDraws).tools(parts, linksByPart);
        List<Supplier> finalSuppliers = new SupplierCapacities(capacityDraws).withCapacities(suppliers, parts, links);
        return assemble(parts.stream().map(GeneratedPart::part).toList(), finalSuppliers, links, tools);
    }

    private static Map<PartId, List<SourcingLink>> sourcing(List<GeneratedPart> parts, SourcingPlanner planner) {
        Map<PartId, List<SourcingLink>> linksByPart = new LinkedHashMap<>();
        for (GeneratedPart part : parts) {
            linksByPart.put(part.part().id(), new ArrayList<>(planner.links(part)));
        }
        return linksByPart;
    }

    private static Portfolio assemble(List<Part> parts, List<Supplier> suppliers,
                                      List<SourcingLink> links, List<Tool> tools) {
        try {
            return PortfolioAssembly.of(parts, suppliers, links, tools);
        } catch (InvalidPortfolioException e) {
            throw new IllegalStateException("the generator made an invalid portfolio (a bug): " + e.getMessage(), e);
        }
    }
}
