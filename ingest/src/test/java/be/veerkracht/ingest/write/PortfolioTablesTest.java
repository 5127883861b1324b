package be.veerkracht.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.portfolio.ToolId;
import be.veerkracht.portfolio.ToolOwner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioTablesTest {

    @Test
    void extraColumnsAreTheSortedUnionOfAttributeKeys() {
        assertThat(PortfolioTables.extraColumns(Sheet.PARTS,
                List.of(Map.of("zone", "1"), Map.of("buyer", "B01", "abc", "x"), Map.of())))
                .containsExactly("abc", "buyer", "zone");
    }

    @Test
    void anAttributeTheReaderWouldTakeForASchemaColumnIsRefused() {
        // "Lead time days" reads as lead_time_days (blanks become underscores, case ignored).
        assertThatThrownBy(() -> PortfolioTables.extraColumns(Sheet.SOURCING, List.of(Map.of("Lead time days", "5"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortfolioTables.extraColumns(Sheet.PARTS, List.of(Map.of("Buyer", "a"),
                Map.of("buyer", "b")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRowIsAsLongAsTheHeader() {
        for (SheetTable table : new PortfolioTables(SmallPortfolio.withTools()).tables()) {
            assertThat(table.rows()).allSatisfy(row -> assertThat(row).hasSameSizeAs(table.header()));
        }
    }

    @Test
    void aToolServingTwoPartsGivesTwoRowsWithTheSameToolFields() throws Exception {
        Portfolio portfolio = PortfolioAssembly.of(
                List.of(SmallPortfolio.casting(), SmallPortfolio.bolt()),
                List.of(SmallPortfolio.foundry(), SmallPortfolio.ningbo()),
                List.of(SmallPortfolio.castingFromFoundry(), SmallPortfolio.castingFromNingbo(),
                        SmallPortfolio.boltFromNingbo(), SmallPortfolio.boltCandidate()),
                List.of(new Tool(new ToolId("T-7"), new SupplierId("S-1"),
                        List.of(new PartId("P-2"), new PartId("P-1")), new BigDecimal("80000"), 90,
                        ToolOwner.SUPPLIER, null)));

        SheetTable tooling = new PortfolioTables(portfolio).tables().get(3);

        assertThat(tooling.sheet()).isEqualTo(Sheet.TOOLING);
        assertThat(tooling.rows()).hasSize(2);
        assertThat(tooling.rows().get(0).get(1)).isEqualTo(new CellValue.Text("P-1"));
        assertThat(tooling.rows().get(1).get(1)).isEqualTo(new CellValue.Text("P-2"));
        assertThat(tooling.rows().get(0).subList(2, 7)).isEqualTo(tooling.rows().get(1).subList(2, 7));
    }

    @Test
    void aSupplierOnlyPortfolioStillHasThePartsAndSourcingSheets() throws Exception {
        Portfolio portfolio = PortfolioAssembly.of(List.of(), List.of(Supplier.of("S-1", "Acme", "BE")), List.of(),
                List.of());

        assertThat(new PortfolioTables(portfolio).tables()).extracting(SheetTable::sheet)
                .containsExactly(Sheet.PARTS, Sheet.SUPPLIERS, Sheet.SOURCING);
    }
}
