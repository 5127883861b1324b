package be.veerkracht.portfolio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts a {@link Portfolio} together from rows read anywhere (a workbook, CSV files, the store, a test), checks it
 * as a whole and reports every problem with the row it came from.
 *
 * <p>Checks: unique keys; every sourcing and tooling row names a known part and supplier; a part's shares sum to 1
 * within {@link #SHARE_SUM_TOLERANCE}; rows of one tool agree; every bill-of-materials line names a known product
 * and part, at most once per product. A link without an origin country gets its
 * supplier's. Problems found while reading cells are {@link #report reported} here too, so the user gets one list.
 */
public final class PortfolioAssembly {

    /** Allowed gap between 1 and the sum of a part's shares (spreadsheet rounding: 33.3 % × 3). */
    public static final double SHARE_SUM_TOLERANCE = 0.001;

    private static final RowOrigin IN_CODE = RowOrigin.wholeFile("(in code)", null);

    private final List<Problem> problems = new ArrayList<>();
    private final List<Row<Part>> parts = new ArrayList<>();
    private final List<Row<Supplier>> suppliers = new ArrayList<>();
    private final List<Row<SourcingLink>> links = new ArrayList<>();
    private final List<Row<ToolRow>> toolRows = new ArrayList<>();
    private final List<Row<Product>> products = new ArrayList<>();
    private final List<Row<BomLine>> bomLines = new ArrayList<>();
    private final List<Row<Customer>> customers = new ArrayList<>();
    private final Set<Object> unreadableKeys = new HashSet<>();
    private final Set<PartId> partsWithUnreadableLinks = new HashSet<>();

    private record Row<T>(T value, RowOrigin origin) {
    }

    /** Builds a portfolio from records made in code (no rows to name), or throws listing every problem. */
    public static Portfolio of(List<Part> parts, List<Supplier> suppliers, List<SourcingLink> links,
                               List<Tool> tools) throws InvalidPortfolioException {
        return of(parts, suppliers, links, tools, List.of(), List.of(), List.of());
    }

    /**
     * Builds a portfolio with our own products, their bills of materials and our customers from records made in
     * code, or throws listing every problem.
     */
    public static Portfolio of(List<Part> parts, List<Supplier> suppliers, List<SourcingLink> links,
                               List<Tool> tools, List<Product> products, List<BomLine> bom,
                               List<Customer> customers) throws InvalidPortfolioException {
        PortfolioAssembly assembly = new PortfolioAssembly();
        parts.forEach(p -> assembly.add(p, IN_CODE));
        suppliers.forEach(s -> assembly.add(s, IN_CODE));
        links.forEach(l -> assembly.add(l, IN_CODE));
        for (Tool tool : tools) {
            for (PartId part : tool.parts()) {
                assembly.add(new ToolRow(tool.id(), part, tool.supplier(), tool.replacementCostEur(),
                        tool.rebuildDays(), tool.owner(), tool.lifeRemainingShots()), IN_CODE);
            }
        }
        products.forEach(p -> assembly.add(p, IN_CODE));
        bom.forEach(b -> assembly.add(b, IN_CODE));
        customers.forEach(c -> assembly.add(c, IN_CODE));
        return assembly.build();
    }

    public PortfolioAssembly add(Part part, RowOrigin origin) {
        parts.add(new Row<>(Objects.requireNonNull(part), origin));
        return this;
    }

    public PortfolioAssembly add(Supplier supplier, RowOrigin origin) {
        suppliers.add(new Row<>(Objects.requireNonNull(supplier), origin));
        return this;
    }

    public PortfolioAssembly add(SourcingLink link, RowOrigin origin) {
        links.add(new Row<>(Objects.requireNonNull(link), origin));
        return this;
    }

    public PortfolioAssembly add(ToolRow row, RowOrigin origin) {
        toolRows.add(new Row<>(Objects.requireNonNull(row), origin));
        return this;
    }

    public PortfolioAssembly add(Product product, RowOrigin origin) {
        products.add(new Row<>(Objects.requireNonNull(product), origin));
        return this;
    }

    public PortfolioAssembly add(BomLine line, RowOrigin origin) {
        bomLines.add(new Row<>(Objects.requireNonNull(line), origin));
        return this;
    }

    public PortfolioAssembly add(Customer customer, RowOrigin origin) {
        customers.add(new Row<>(Objects.requireNonNull(customer), origin));
        return this;
    }

    /** A problem found while reading, to be reported with the rest. */
    public PortfolioAssembly report(Problem problem) {
        problems.add(Objects.requireNonNull(problem));
        return this;
    }

    /**
     * A row of this part, supplier or product had problems and was left out: rows naming it are not reported
     * again as naming an unknown key, so the user sees the cause, not its echoes.
     */
    public PortfolioAssembly unreadable(Object partOrSupplierId) {
        unreadableKeys.add(Objects.requireNonNull(partOrSupplierId));
        return this;
    }

    /** A sourcing row of this part had problems: its shares are not checked, as one of them is missing. */
    public PortfolioAssembly unreadableLinkOf(PartId part) {
        partsWithUnreadableLinks.add(Objects.requireNonNull(part));
        return this;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The checked portfolio, or every problem found while reading and assembling. */
    public Portfolio build() throws InvalidPortfolioException {
        Map<PartId, Row<Part>> partById = unique(parts, p -> p.id(), "part_id");
        Map<SupplierId, Row<Supplier>> supplierById = unique(suppliers, s -> s.id(), "supplier_id");
        unique(links, SourcingLink::key, "part_id + supplier_id + site");

        List<SourcingLink> resolvedLinks = new ArrayList<>();
        for (Row<SourcingLink> row : links) {
            SourcingLink link = row.value();
            boolean partKnown = checkKnown(partById, link.part(), row.origin(), "part_id", ProblemKey.UNKNOWN_PART);
            Row<Supplier> supplier = supplierById.get(link.supplier());
            checkKnown(supplierById, link.supplier(), row.origin(), "supplier_id", ProblemKey.UNKNOWN_SUPPLIER);
            if (partKnown && supplier != null) {
                resolvedLinks.add(link.originCountry() == null
                        ? link.withOriginCountry(supplier.value().country()) : link);
            }
        }
        checkShareSums(partById);
        List<Tool> tools = assembleTools(partById, supplierById);
        List<BomLine> resolvedBom = resolveBom(partById);
        unique(customers, Customer::id, "customer_id");

        if (!problems.isEmpty()) {
            throw new InvalidPortfolioException(problems);
        }
        return new Portfolio(
                parts.stream().map(Row::value).toList(),
                suppliers.stream().map(Row::value).toList(),
                resolvedLinks,
                tools,
                products.stream().map(Row::value).toList(),
                resolvedBom,
                customers.stream().map(Row::value).toList());
    }

    /** Products unique; each BOM line once per product and part, naming a known product and a known part. */
    private List<BomLine> resolveBom(Map<PartId, Row<Part>> partById) {
        Map<ProductId, Row<Product>> productById = unique(products, Product::id, "product_id");
        unique(bomLines, BomLine::key, "product_id + part_id");
        List<BomLine> resolved = new ArrayList<>();
        for (Row<BomLine> row : bomLines) {
            BomLine line = row.value();
            boolean productKnown = checkKnown(productById, line.product(), row.origin(), "product_id",
                    ProblemKey.UNKNOWN_PRODUCT);
            boolean partKnown = checkKnown(partById, line.part(), row.origin(), "part_id", ProblemKey.UNKNOWN_PART);
            if (productKnown && partKnown) {
                resolved.add(line);
            }
        }
        return resolved;
    }

    private <T, K> Map<K, Row<T>> unique(List<Row<T>> rows, Function<T, K> key, String field) {
        Map<K, Row<T>> first = new LinkedHashMap<>();
        for (Row<T> row : rows) {
            Row<T> earlier = first.putIfAbsent(key.apply(row.value()), row);
            if (earlier != null) {
                problems.add(Problem.of(row.origin(), field, ProblemKey.DUPLICATE_KEY,
                        describe(key.apply(row.value())), earlier.origin().row()));
            }
        }
        return first;
    }

    private static String describe(Object key) {
        if (key instanceof SourcingLink.Key k) {
            return k.part() + " / " + k.supplier() + (k.site() == null ? "" : " / " + k.site());
        }
        if (key instanceof BomLine.Key k) {
            return k.product() + " / " + k.part();
        }
        return String.valueOf(key);
    }

    private <K> boolean checkKnown(Map<K, ?> known, K key, RowOrigin origin, String field, ProblemKey problem) {
        if (known.containsKey(key)) {
            return true;
        }
        if (unreadableKeys.contains(key)) {
            return false;
        }
        problems.add(Problem.of(origin, field, problem, key));
        return false;
    }

    private void checkShareSums(Map<PartId, Row<Part>> partById) {
        Map<PartId, List<Row<SourcingLink>>> byPart = links.stream()
                .collect(Collectors.groupingBy(r -> r.value().part(), TreeMap::new, Collectors.toList()));
        byPart.forEach((part, rows) -> {
            double sum = rows.stream().mapToDouble(r -> r.value().share()).sum();
            if (partById.containsKey(part) && !partsWithUnreadableLinks.contains(part)
                    && Math.abs(sum - 1.0) > SHARE_SUM_TOLERANCE) {
                String rowNumbers = rows.stream().map(r -> String.valueOf(r.origin().row()))
                        .collect(Collectors.joining(", "));
                RowOrigin first = rows.get(0).origin();
                problems.add(Problem.of(RowOrigin.wholeFile(first.file(), first.sheet()), "share",
                        ProblemKey.SHARES_DO_NOT_SUM, part, String.format(java.util.Locale.ROOT, "%.4f", sum),
                        rowNumbers));
            }
        });
    }

    private List<Tool> assembleTools(Map<PartId, Row<Part>> partById, Map<SupplierId, Row<Supplier>> supplierById) {
        Map<ToolId, List<Row<ToolRow>>> byTool = toolRows.stream()
                .collect(Collectors.groupingBy(r -> r.value().id(), LinkedHashMap::new, Collectors.toList()));
        List<Tool> tools = new ArrayList<>();
        byTool.forEach((id, rows) -> {
            boolean ok = true;
            Row<ToolRow> first = rows.get(0);
            for (Row<ToolRow> row : rows) {
                ok &= checkKnown(partById, row.value().part(), row.origin(), "part_id", ProblemKey.UNKNOWN_PART);
                ok &= checkKnown(supplierById, row.value().supplier(), row.origin(), "supplier_id",
                        ProblemKey.UNKNOWN_SUPPLIER);
                for (String field : ToolRow.TOOL_LEVEL_FIELDS) {
                    if (!Objects.equals(first.value().toolLevelFields(field), row.value().toolLevelFields(field))) {
                        problems.add(Problem.of(row.origin(), field, ProblemKey.TOOL_ROWS_DISAGREE, id,
                                first.origin().row()));
                        ok = false;
                    }
                }
            }
            if (ok) {
                ToolRow t = first.value();
                tools.add(new Tool(id, t.supplier(), rows.stream().map(r -> r.value().part()).toList(),
                        t.replacementCostEur(), t.rebuildDays(), t.owner(), t.lifeRemainingShots()));
            }
        });
        return tools;
    }
}
