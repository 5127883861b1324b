package be.veerkracht.store;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.BomLine;
import be.veerkracht.portfolio.Customer;
import be.veerkracht.portfolio.CustomerId;
import be.veerkracht.portfolio.Product;
import be.veerkracht.portfolio.ProductId;
import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.Qualification;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.portfolio.ToolId;
import be.veerkracht.portfolio.ToolOwner;
import be.veerkracht.geo.TransportMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A portfolio that uses every field the store must keep: every optional field both set and unset, amounts with
 * more digits than any fixed NUMERIC scale would keep, per-100 and per-1000 prices, sites with their own origin,
 * a candidate link (share 0), a tool serving two parts, a tool with nothing optional, attributes with non-ASCII
 * text, an unsourced part; products with and without a dual-use code, a fractional BOM quantity, and customers
 * with and without an end use.
 */
public final class RichPortfolio {

    private RichPortfolio() {
    }

    public static Portfolio build() {
        return assemble(parts(), suppliers(), links(), tools(), customers());
    }

    /** The same parts, suppliers, links and tools without products, BOM and customers. */
    public static Portfolio withoutProducts() {
        return assemble(parts(), suppliers(), links(), tools(), List.of(), List.of(), List.of());
    }

    /**
     * The next month's export: P-400 dropped, P-500 new (sourced at S-2), customer C-2 dropped and C-3 new, the
     * rest unchanged. For registry and re-import tests.
     */
    public static Portfolio nextMonth() {
        List<Part> parts = new java.util.ArrayList<>(parts().stream()
                .filter(p -> !p.id().value().equals("P-400")).toList());
        parts.add(Part.of("P-500", 80));
        List<SourcingLink> links = new java.util.ArrayList<>(links());
        links.add(SourcingLink.of("P-500", "S-2", 1, "4.20", 30));
        List<Customer> customers = List.of(customers().get(0), Customer.of("C-3", "Great Lakes Snack Foods Inc.",
                "US"));
        return assemble(parts, suppliers(), links, tools(), customers);
    }

    private static List<Product> products() {
        return List.of(
                new Product(new ProductId("M-1"), "Flowpacker FW", null, "84224000", Map.of("lijn", "flowpack ✓")),
                new Product(new ProductId("M-2"), "Lasermarkeerstation LM-50", "6A005.b", null, Map.of()));
    }

    private static List<BomLine> bom() {
        return List.of(BomLine.of("M-1", "P-100", 2), BomLine.of("M-1", "P-300", 0.1 + 0.2),
                BomLine.of("M-2", "P-100", 1));
    }

    private static List<Customer> customers() {
        return List.of(
                new Customer(new CustomerId("C-1"), "Backwaren Schneider GmbH", CountryCode.parse("DE"),
                        "Flow-wrapping von Keksen; \"Gebäck\"", Map.of("account_manager", "Pieter")),
                Customer.of("C-2", "OOO Volga Pack", "RU"));
    }

    private static List<Part> parts() {
        return List.of(
                new Part(new PartId("P-100"), "Housing, die-cast", "castings", "housings", 12000.5, 35.25, "pcs",
                        Criticality.A, new BigDecimal("0.123456789"), new BigDecimal("12.3400000001"), 250, "3A001.a.1",
                        "7616991090", 0.125, Map.of("colour", "RAL 7035", "drawing", "D-100 rev. C", "note", "Zoë ✓")),
                Part.of("P-200", 500),
                new Part(new PartId("P-300"), null, null, null, 0.1 + 0.2, 0, "kg", Criticality.C,
                        new BigDecimal("12345678901234567890.123456789012345678901234567890"), null, 1e-9, null,
                        "7318", null, Map.of()),
                new Part(new PartId("P-400"), "Unsourced spare", null, null, 0, 0, null, null,
                        new BigDecimal("1E-30"), new BigDecimal("1E+20"), 3, null, null, 2.5e6, Map.of("source", "")));
    }

    private static List<Supplier> suppliers() {
        return List.of(
                new Supplier(new SupplierId("S-1"), "Gießerei Müller GmbH", CountryCode.parse("DE"), "Köln",
                        "Müller Holding", 1.0e6, Map.of("duns", "123456789")),
                Supplier.of("S-2", "Shenzhen Precision", "CN"),
                new Supplier(new SupplierId("S-3"), "Acme", CountryCode.parse("BE"), null, "Müller Holding", null,
                        Map.of()));
    }

    private static List<SourcingLink> links() {
        return List.of(
                new SourcingLink(new PartId("P-100"), new SupplierId("S-1"), "Köln-Nord", 0.6,
                        new Price(new BigDecimal("12.3456789"), new BigDecimal("100")), new LeadTime(21.5, 3.25, 2.0),
                        CountryCode.parse("PL"), TransportMode.ROAD, "FCA", 20000.0, 30, 14,
                        new Qualification(true, 90, new BigDecimal("15000.50")), 60, Map.of("contract", "C-77")),
                new SourcingLink(new PartId("P-100"), new SupplierId("S-1"), "Köln-Süd", 0.4,
                        new Price(new BigDecimal("0.000000000000000000000000000001"), new BigDecimal("1000")),
                        LeadTime.of(28), null, null, null, null, null, null, null, null, Map.of()),
                new SourcingLink(new PartId("P-100"), new SupplierId("S-2"), null, 0,
                        Price.perUnit("9.99"), new LeadTime(45, 7, 35.0), null, TransportMode.SEA, "FOB", null,
                        null, null, new Qualification(false, 120, new BigDecimal("25000")), null, Map.of()),
                new SourcingLink(new PartId("P-200"), new SupplierId("S-2"), null, 1,
                        new Price(new BigDecimal("1E+3"), new BigDecimal("2.5")), LeadTime.of(60), null,
                        TransportMode.SHORT_SEA, null, 1e12, 0, 0, new Qualification(true, null, null), 0, Map.of()),
                SourcingLink.of("P-300", "S-3", 0.3333333333333333, "0.10", 5),
                SourcingLink.of("P-300", "S-1", 0.6666666666666667, "0.099999999999999999999", 7));
    }

    private static List<Tool> tools() {
        return List.of(
                new Tool(new ToolId("T-1"), new SupplierId("S-1"), List.of(new PartId("P-300"), new PartId("P-100")),
                        new BigDecimal("250000.00"), 90, ToolOwner.US, 1_000_000_000_000L),
                new Tool(new ToolId("T-2"), new SupplierId("S-2"), List.of(new PartId("P-200")), null, null, null,
                        null),
                new Tool(new ToolId("T-3"), new SupplierId("S-3"), List.of(new PartId("P-300")),
                        new BigDecimal("0.5"), 0, ToolOwner.SUPPLIER, 0L));
    }

    private static Portfolio assemble(List<Part> parts, List<Supplier> suppliers, List<SourcingLink> links,
                                      List<Tool> tools, List<Customer> customers) {
        return assemble(parts, suppliers, links, tools, products(), bom(), customers);
    }

    static Portfolio assemble(List<Part> parts, List<Supplier> suppliers, List<SourcingLink> links,
                              List<Tool> tools) {
        return assemble(parts, suppliers, links, tools, List.of(), List.of(), List.of());
    }

    static Portfolio assemble(List<Part> parts, List<Supplier> suppliers, List<SourcingLink> links,
                              List<Tool> tools, List<Product> products, List<BomLine> bom,
                              List<Customer> customers) {
        try {
            return PortfolioAssembly.of(parts, suppliers, links, tools, products, bom, customers);
        } catch (InvalidPortfolioException invalid) {
            throw new AssertionError(invalid.report(java.util.Locale.ENGLISH), invalid);
        }
    }
}
