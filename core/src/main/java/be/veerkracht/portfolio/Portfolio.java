package be.veerkracht.portfolio;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A consistent supplier portfolio: parts, suppliers, the sourcing links between them and the tools at suppliers.
 * Every cross-reference resolves, every link has its origin country, and a part's shares sum to 1. Lists are
 * sorted by key, so two portfolios with the same content are equal however their files were ordered.
 *
 * <p>Made only by {@link PortfolioAssembly}, which checks all of this.
 */
public final class Portfolio {

    private static final Comparator<SourcingLink> LINK_ORDER = Comparator
            .comparing(SourcingLink::part)
            .thenComparing(SourcingLink::supplier)
            .thenComparing(SourcingLink::site, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<Part> parts;
    private final List<Supplier> suppliers;
    private final List<SourcingLink> links;
    private final List<Tool> tools;
    private final Map<PartId, Part> partById;
    private final Map<SupplierId, Supplier> supplierById;
    private final Map<PartId, List<SourcingLink>> linksByPart;

    Portfolio(List<Part> parts, List<Supplier> suppliers, List<SourcingLink> links, List<Tool> tools) {
        this.parts = parts.stream().sorted(Comparator.comparing(Part::id)).toList();
        this.suppliers = suppliers.stream().sorted(Comparator.comparing(Supplier::id)).toList();
        this.links = links.stream().sorted(LINK_ORDER).toList();
        this.tools = tools.stream().sorted(Comparator.comparing(Tool::id)).toList();
        this.partById = index(this.parts, Part::id);
        this.supplierById = index(this.suppliers, Supplier::id);
        this.linksByPart = this.links.stream().collect(Collectors.groupingBy(SourcingLink::part));
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    /** The empty portfolio. */
    public static Portfolio empty() {
        return new Portfolio(List.of(), List.of(), List.of(), List.of());
    }

    public List<Part> parts() {
        return parts;
    }

    public List<Supplier> suppliers() {
        return suppliers;
    }

    public List<SourcingLink> links() {
        return links;
    }

    public List<Tool> tools() {
        return tools;
    }

    public Optional<Part> part(PartId id) {
        return Optional.ofNullable(partById.get(id));
    }

    public Optional<Supplier> supplier(SupplierId id) {
        return Optional.ofNullable(supplierById.get(id));
    }

    /** The sources of a part, sorted by supplier; empty for an unsourced part. */
    public List<SourcingLink> linksOf(PartId part) {
        return linksByPart.getOrDefault(part, List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Portfolio that
                && parts.equals(that.parts) && suppliers.equals(that.suppliers)
                && links.equals(that.links) && tools.equals(that.tools);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(parts, suppliers, links, tools);
    }

    @Override
    public String toString() {
        return "Portfolio[" + parts.size() + " parts, " + suppliers.size() + " suppliers, " + links.size()
                + " links, " + tools.size() + " tools]";
    }
}
