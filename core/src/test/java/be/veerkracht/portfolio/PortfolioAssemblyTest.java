package be.veerkracht.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.geo.CountryCode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortfolioAssemblyTest {

    private static final RowOrigin ROW_2 = new RowOrigin("sourcing.csv", null, 2);
    private static final RowOrigin ROW_3 = new RowOrigin("sourcing.csv", null, 3);

    @Test
    void thirds_written_as_33_3_percent_sum_to_one_within_tolerance() throws Exception {
        // 0.333 * 3 = 0.999: within the 0.001 tolerance; 0.33 * 3 = 0.99 is not (hand arithmetic)
        Portfolio ok = PortfolioAssembly.of(List.of(Part.of("P", 9)), suppliers("A", "B", "C"),
                List.of(SourcingLink.of("P", "A", 0.333, "1", 5), SourcingLink.of("P", "B", 0.333, "1", 5),
                        SourcingLink.of("P", "C", 0.334, "1", 5)), List.of());
        assertThat(ok.linksOf(new PartId("P"))).hasSize(3);

        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> PortfolioAssembly.of(List.of(Part.of("P", 9)), suppliers("A", "B", "C"),
                        List.of(SourcingLink.of("P", "A", 0.33, "1", 5), SourcingLink.of("P", "B", 0.33, "1", 5),
                                SourcingLink.of("P", "C", 0.33, "1", 5)), List.of()));
        assertThat(e.problems()).singleElement().extracting(Problem::key).isEqualTo(ProblemKey.SHARES_DO_NOT_SUM);
        assertThat(e.problems().get(0).args()).containsExactly("P", "0.9900", "0, 0, 0");
    }

    @Test
    void a_candidate_source_at_share_zero_is_allowed_and_an_unsourced_part_too() throws Exception {
        Portfolio portfolio = PortfolioAssembly.of(List.of(Part.of("P", 9), Part.of("Q", 1)), suppliers("A", "B"),
                List.of(SourcingLink.of("P", "A", 1.0, "1", 5), SourcingLink.of("P", "B", 0.0, "1", 5)), List.of());
        assertThat(portfolio.linksOf(new PartId("Q"))).isEmpty();
        assertThat(portfolio.linksOf(new PartId("P"))).extracting(SourcingLink::share).containsExactly(1.0, 0.0);
    }

    @Test
    void the_origin_country_defaults_to_the_suppliers_country() throws Exception {
        Portfolio portfolio = PortfolioAssembly.of(List.of(Part.of("P", 9)),
                List.of(Supplier.of("A", "Alpha", "de"), Supplier.of("B", "Beta", "BE")),
                List.of(SourcingLink.of("P", "A", 0.5, "1", 5),
                        SourcingLink.of("P", "B", 0.5, "1", 5).withOriginCountry(new CountryCode("NL"))), List.of());
        assertThat(portfolio.links()).extracting(SourcingLink::originCountry)
                .containsExactly(new CountryCode("DE"), new CountryCode("NL"));
    }

    @Test
    void duplicates_name_the_first_row() {
        PortfolioAssembly assembly = new PortfolioAssembly()
                .add(Part.of("P", 1), new RowOrigin("parts.csv", null, 2))
                .add(Part.of("P", 2), new RowOrigin("parts.csv", null, 7));
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class, assembly::build);
        assertThat(e.report(Locale.ENGLISH))
                .isEqualTo("parts.csv: row 7, part_id: 'P' appears more than once (first on row 2)");
    }

    @Test
    void unknown_keys_are_reported_but_not_for_rows_that_failed_themselves() {
        PortfolioAssembly assembly = new PortfolioAssembly()
                .add(Part.of("P", 1), ROW_2)
                .add(SourcingLink.of("P", "X", 1.0, "1", 5), ROW_2)
                .add(SourcingLink.of("Q", "Y", 1.0, "1", 5), ROW_3)
                .unreadable(new SupplierId("Y"));
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class, assembly::build);
        assertThat(e.problems()).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                "sourcing.csv: row 2, supplier_id: unknown supplier_id 'X': it is not on the suppliers sheet",
                "sourcing.csv: row 3, part_id: unknown part_id 'Q': it is not on the parts sheet");
    }

    @Test
    void rows_of_one_tool_must_agree() {
        PortfolioAssembly assembly = new PortfolioAssembly()
                .add(Part.of("P", 1), ROW_2).add(Part.of("Q", 1), ROW_3)
                .add(Supplier.of("A", "Alpha", "BE"), ROW_2)
                .add(new ToolRow(new ToolId("T"), new PartId("P"), new SupplierId("A"), new java.math.BigDecimal("100"),
                        10, ToolOwner.US, null), new RowOrigin("tooling.csv", null, 2))
                .add(new ToolRow(new ToolId("T"), new PartId("Q"), new SupplierId("A"), new java.math.BigDecimal("100.00"),
                        12, ToolOwner.US, null), new RowOrigin("tooling.csv", null, 3));
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class, assembly::build);
        // 100 and 100.00 are the same amount; 10 and 12 rebuild days are not
        assertThat(e.report(Locale.ENGLISH)).isEqualTo("tooling.csv: row 3, rebuild_days: tool 'T' has a different"
                + " value on row 2; every row of one tool must repeat it");
    }

    @Test
    void equal_content_in_another_order_is_an_equal_portfolio() throws Exception {
        Portfolio one = PortfolioAssembly.of(List.of(Part.of("P", 1), Part.of("Q", 2)), suppliers("A", "B"),
                List.of(SourcingLink.of("P", "A", 1, "1", 5), SourcingLink.of("Q", "B", 1, "2", 5)), List.of());
        Portfolio two = PortfolioAssembly.of(List.of(Part.of("Q", 2), Part.of("P", 1)), suppliers("B", "A"),
                List.of(SourcingLink.of("Q", "B", 1, "2.0", 5), SourcingLink.of("P", "A", 1, "1.0000", 5)), List.of());
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    }

    private static List<Supplier> suppliers(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> Supplier.of(id, "Supplier " + id, "BE")).toList();
    }
}
