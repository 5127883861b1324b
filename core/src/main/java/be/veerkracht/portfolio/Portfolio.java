package be.veerkracht.portfolio;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A consistent supplier portfolio: parts, suppliers, the sourcing links between them and the tools at suppliers;
 * and, where the import has them, our own products, their bills of materials and our customers (empty lists
 * otherwise). Every cross-reference resolves, every link has its origin country, and a part's shares sum to 1.
 * Lists are sorted by key, so two portfolios with the same content are equal however their files were ordered.
 *
 * <p>Made only by {@link PortfolioAssembly}, which checks all of this.
 */
public final class Portfolio {

    private static final Comparator<SourcingLink> LINK_ORDER = Comparator
            .comparing(SourcingLink::part)
            .thenComparing(SourcingLink::supplier)
            .thenComparing(SourcingLink::site, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<BomLine> BOM_ORDER =
            Comparator.comparing(BomLine::product).thenComparing(BomLine::part);

    private final List<Part> parts;
    private final List<Supplier> suppliers;
    private final List<SourcingLink> links;
    private final List<Tool> tools;
    private final Map<PartId, Part> partById;
    private final Map<SupplierId, Supplier> supplierById;
    private final Map<PartId, List<SourcingLink>> linksByPart;
    private final List<Product> products;
    private final List<BomLine> bom;
    private final List<Customer> customers;
    private final Map<ProductId, Product> productById;
    private final Map<ProductId, List<BomLine>> bomByProduct;
    private final Map<PartId, List<Product>> productsByPart;
    private final Map<CustomerId, Customer> customerById;

    Portfolio(List<Part> parts, List<Supplier> suppliers, List<SourcingLink> links, List<Tool> tools) {
        this(parts, suppliers, links, tools, List.of(), List.of(), List.of());
    }

    Portfolio(List<Part> parts, List<Supplier> suppliers, List<SourcingLink> links, List<Tool> tools,
              List<Product> products, List<BomLine> bom, List<Customer> customers) {
        this.parts = parts.stream().sorted(Comparator.comparing(Part::id)).toList();
        this.suppliers = suppliers.stream().sorted(Comparator.comparing(Supplier::id)).toList();
        this.links = links.stream().sorted(LINK_ORDER).toList();
        this.tools = tools.stream().sorted(Comparator.comparing(Tool::id)).toList();
        this.partById = index(this.parts, Part::id);
        this.supplierById = index(this.suppliers, Supplier::id);
        this.linksByPart = this.links.stream().collect(Collectors.groupingBy(SourcingLink::part));
        this.products = products.stream().sorted(Comparator.comparing(Product::id)).toList();
        this.bom = bom.stream().sorted(BOM_ORDER).toList();
        this.customers = customers.stream().sorted(Comparator.comparing(Customer::id)).toList();
        this.productById = index(this.products, Product::id);
        this.bomByProduct = this.bom.stream().collect(Collectors.groupingBy(BomLine::product,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
        this.productsByPart = this.bom.stream().collect(Collectors.groupingBy(BomLine::part,
                Collectors.mapping(line -> productById.get(line.product()),
                        Collectors.collectingAndThen(Collectors.toList(), List::copyOf))));
        this.customerById = index(this.customers, Customer::id);
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

    /** Our own products, sorted by id; empty when the import had no {@code products} sheet. */
    public List<Product> products() {
        return products;
    }

    /** Every bill-of-materials line, sorted by product, then part. */
    public List<BomLine> bom() {
        return bom;
    }

    /** Our customers, sorted by id; empty when the import had no {@code customers} sheet. */
    public List<Customer> customers() {
        return customers;
    }

    public Optional<Product> product(ProductId id) {
        return Optional.ofNullable(productById.get(id));
    }

    /** The bill of materials of a product, sorted by part; empty for an unknown product or one without lines. */
    public List<BomLine> bomOf(ProductId product) {
        return bomByProduct.getOrDefault(product, List.of());
    }

    /** The products whose bill of materials holds this part, sorted by product id; empty when none does. */
    public List<Product> productsContaining(PartId part) {
        return productsByPart.getOrDefault(part, List.of());
    }

    public Optional<Customer> customer(CustomerId id) {
        return Optional.ofNullable(customerById.get(id));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Portfolio that
                && parts.equals(that.parts) && suppliers.equals(that.suppliers)
                && links.equals(that.links) && tools.equals(that.tools)
                && products.equals(that.products) && bom.equals(that.bom) && customers.equals(that.customers);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(parts, suppliers, links, tools, products, bom, customers);
    }

    @Override
    public String toString() {
        String own = products.isEmpty() && customers.isEmpty() ? ""
                : ", " + products.size() + " products, " + bom.size() + " BOM lines, " + customers.size()
                + " customers";
        return "Portfolio[" + parts.size() + " parts, " + suppliers.size() + " suppliers, " + links.size()
                + " links, " + tools.size() + " tools" + own + "]";
    }
}
