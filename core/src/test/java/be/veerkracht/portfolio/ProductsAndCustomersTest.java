package be.veerkracht.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.geo.CountryCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our own products, their bills of materials and our customers in a {@link Portfolio}: the lookups and the
 * cross-checks of {@link PortfolioAssembly}. The fixture: parts P-1 (a PLC), P-2 (an FPGA board, 3A001.a.7) and
 * P-3 (bolts); product M-FW (a flow-wrapper: 1 × P-1, 24 × P-3) and M-CAB (a control cabinet: 1 × P-1, 1 × P-2,
 * 0.5 × P-3); customers K-1 (DE) and K-2 (RU).
 */
class ProductsAndCustomersTest {

    private static final RowOrigin BOM_ROW_2 = new RowOrigin("bom.csv", null, 2);
    private static final RowOrigin BOM_ROW_3 = new RowOrigin("bom.csv", null, 3);

    private static List<Part> parts() {
        return List.of(Part.of("P-1", 100), Part.of("P-2", 50), Part.of("P-3", 10_000));
    }

    private static List<Product> products() {
        return List.of(Product.of("M-FW", "Flow-wrapper FW"),
                new Product(new ProductId("M-CAB"), "Control cabinet", "3A001.a.7", "85371091",
                        Map.of("product_line", "retrofit")));
    }

    private static List<BomLine> bom() {
        return List.of(BomLine.of("M-FW", "P-3", 24), BomLine.of("M-FW", "P-1", 1),
                BomLine.of("M-CAB", "P-1", 1), BomLine.of("M-CAB", "P-2", 1), BomLine.of("M-CAB", "P-3", 0.5));
    }

    private static List<Customer> customers() {
        return List.of(Customer.of("K-2", "OOO Volga Pack", "RU"),
                new Customer(new CustomerId("K-1"), "Backwaren Schneider GmbH", new CountryCode("DE"),
                        "flow-wrapping of biscuits", Map.of()));
    }

    private static Portfolio portfolio() throws InvalidPortfolioException {
        return PortfolioAssembly.of(parts(), List.of(), List.of(), List.of(), products(), bom(), customers());
    }

    @Test
    void a_portfolio_without_the_optional_sheets_has_empty_lists() throws Exception {
        Portfolio portfolio = PortfolioAssembly.of(parts(), List.of(), List.of(), List.of());

        assertThat(portfolio.products()).isEmpty();
        assertThat(portfolio.bom()).isEmpty();
        assertThat(portfolio.customers()).isEmpty();
        assertThat(portfolio.productsContaining(new PartId("P-1"))).isEmpty();
        assertThat(Portfolio.empty().products()).isEmpty();
        assertThat(portfolio.toString()).isEqualTo("Portfolio[3 parts, 0 suppliers, 0 links, 0 tools]");
    }

    @Test
    void products_and_customers_are_looked_up_by_id_and_sorted_by_key() throws Exception {
        Portfolio portfolio = portfolio();

        assertThat(portfolio.products()).extracting(p -> p.id().value()).containsExactly("M-CAB", "M-FW");
        assertThat(portfolio.product(new ProductId("M-CAB"))).get().extracting(Product::dualUseCode)
                .isEqualTo("3A001.a.7");
        assertThat(portfolio.product(new ProductId("M-XX"))).isEmpty();
        assertThat(portfolio.customers()).extracting(c -> c.id().value()).containsExactly("K-1", "K-2");
        assertThat(portfolio.customer(new CustomerId("K-2"))).get().extracting(Customer::country)
                .isEqualTo(new CountryCode("RU"));
        assertThat(portfolio.customer(new CustomerId("K-9"))).isEmpty();
    }

    @Test
    void the_bom_of_a_product_is_sorted_by_part() throws Exception {
        Portfolio portfolio = portfolio();

        // M-FW was given as P-3 then P-1
        assertThat(portfolio.bomOf(new ProductId("M-FW")))
                .containsExactly(BomLine.of("M-FW", "P-1", 1), BomLine.of("M-FW", "P-3", 24));
        assertThat(portfolio.bomOf(new ProductId("M-CAB"))).extracting(BomLine::quantity).containsExactly(1.0, 1.0, 0.5);
        assertThat(portfolio.bomOf(new ProductId("M-XX"))).isEmpty();
        assertThat(portfolio.bom()).hasSize(5);
    }

    @Test
    void products_containing_a_part_are_those_whose_bom_names_it() throws Exception {
        Portfolio portfolio = portfolio();

        assertThat(portfolio.productsContaining(new PartId("P-1"))).extracting(p -> p.id().value())
                .containsExactly("M-CAB", "M-FW");
        // the dual-use FPGA board is only in the cabinet
        assertThat(portfolio.productsContaining(new PartId("P-2"))).extracting(p -> p.id().value())
                .containsExactly("M-CAB");
        assertThat(portfolio.productsContaining(new PartId("P-9"))).isEmpty();
    }

    @Test
    void equality_includes_products_bom_and_customers() throws Exception {
        Portfolio withoutCustomers = PortfolioAssembly.of(parts(), List.of(), List.of(), List.of(), products(),
                bom(), List.of());

        assertThat(portfolio()).isEqualTo(portfolio()).hasSameHashCodeAs(portfolio());
        assertThat(portfolio()).isNotEqualTo(withoutCustomers);
        assertThat(portfolio().toString()).isEqualTo(
                "Portfolio[3 parts, 0 suppliers, 0 links, 0 tools, 2 products, 5 BOM lines, 2 customers]");
    }

    @Test
    void a_bom_line_naming_an_unknown_product_or_part_is_reported_with_its_row() {
        PortfolioAssembly assembly = new PortfolioAssembly();
        parts().forEach(p -> assembly.add(p, RowOrigin.wholeFile("parts.csv", null)));
        products().forEach(p -> assembly.add(p, RowOrigin.wholeFile("products.csv", null)));
        assembly.add(BomLine.of("M-XX", "P-1", 1), BOM_ROW_2);
        assembly.add(BomLine.of("M-FW", "P-9", 2), BOM_ROW_3);

        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class, assembly::build);

        assertThat(e.problems()).containsExactly(
                Problem.of(BOM_ROW_2, "product_id", ProblemKey.UNKNOWN_PRODUCT, "M-XX"),
                Problem.of(BOM_ROW_3, "part_id", ProblemKey.UNKNOWN_PART, "P-9"));
        assertThat(e.problems().get(0).message(Locale.ENGLISH))
                .isEqualTo("bom.csv: row 2, product_id: unknown product_id 'M-XX': it is not on the products sheet");
        assertThat(e.problems().get(0).message(new Locale("nl")))
                .isEqualTo("bom.csv: rij 2, product_id: onbekend product_id 'M-XX': het staat niet op het blad products");
        assertThat(e.problems().get(0).message(Locale.FRENCH))
                .isEqualTo("bom.csv: ligne 2, product_id: product_id inconnu 'M-XX' : absent de la feuille products");
    }

    @Test
    void a_product_whose_row_was_unreadable_is_not_reported_again_by_its_bom_lines() {
        PortfolioAssembly assembly = new PortfolioAssembly();
        parts().forEach(p -> assembly.add(p, RowOrigin.wholeFile("parts.csv", null)));
        assembly.unreadable(new ProductId("M-FW"));
        assembly.add(BomLine.of("M-FW", "P-1", 1), BOM_ROW_2);

        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> assembly.report(Problem.of(new RowOrigin("products.csv", null, 2), "dual_use_code",
                        ProblemKey.NOT_A_DUAL_USE_CODE, "3A1")).build());

        assertThat(e.problems()).extracting(Problem::key).containsExactly(ProblemKey.NOT_A_DUAL_USE_CODE);
    }

    @Test
    void duplicate_products_customers_and_bom_lines_name_the_first_row() {
        PortfolioAssembly assembly = new PortfolioAssembly();
        parts().forEach(p -> assembly.add(p, RowOrigin.wholeFile("parts.csv", null)));
        assembly.add(Product.of("M-FW", "Flow-wrapper"), new RowOrigin("products.csv", null, 2));
        assembly.add(Product.of("M-FW", "Flow-wrapper again"), new RowOrigin("products.csv", null, 4));
        assembly.add(BomLine.of("M-FW", "P-1", 1), BOM_ROW_2);
        assembly.add(BomLine.of("M-FW", "P-1", 2), BOM_ROW_3);
        assembly.add(Customer.of("K-1", "Alpha", "DE"), new RowOrigin("customers.csv", null, 2));
        assembly.add(Customer.of("K-1", "Beta", "US"), new RowOrigin("customers.csv", null, 5));

        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class, assembly::build);

        assertThat(e.problems()).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                "products.csv: row 4, product_id: 'M-FW' appears more than once (first on row 2)",
                "bom.csv: row 3, product_id + part_id: 'M-FW / P-1' appears more than once (first on row 2)",
                "customers.csv: row 5, customer_id: 'K-1' appears more than once (first on row 2)");
    }

    @Test
    void records_validate_their_fields() {
        assertThatThrownBy(() -> BomLine.of("M-FW", "P-1", 0)).hasMessageContaining("quantity must be");
        assertThatThrownBy(() -> BomLine.of("M-FW", "P-1", -2)).hasMessageContaining("quantity must be");
        assertThatThrownBy(() -> BomLine.of("M-FW", "P-1", Double.NaN)).hasMessageContaining("quantity must be");
        assertThatThrownBy(() -> new Product(new ProductId("M"), "x", "3A1", null, Map.of()))
                .hasMessageContaining("dual_use_code");
        assertThatThrownBy(() -> new Product(new ProductId("M"), "x", null, "84.22", Map.of()))
                .hasMessageContaining("hs_code");
        assertThatThrownBy(() -> Product.of("M", " ")).hasMessageContaining("name");
        assertThatThrownBy(() -> Customer.of("K", "", "DE")).hasMessageContaining("name");
        assertThatThrownBy(() -> new Customer(new CustomerId("K"), "x", null, null, Map.of()))
                .hasMessageContaining("country");
        assertThatThrownBy(() -> new ProductId(" ")).hasMessageContaining("product_id");
        assertThatThrownBy(() -> new CustomerId("x".repeat(65))).hasMessageContaining("customer_id");
        assertThat(new Customer(new CustomerId("K"), "x", new CountryCode("BE"), "  ", Map.of("a", " "))
                .endUse()).isNull();
    }
}
