package be.veerkracht.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reads back with POI the workbooks written from {@link SmallPortfolio}, whose values are typed in by hand. */
class XlsxPortfolioWriterTest {

    static XSSFWorkbook written(Portfolio portfolio) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxPortfolioWriter().write(portfolio, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<String> header(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    private static Cell cell(XSSFWorkbook workbook, Sheet sheet, int row, String column) {
        List<String> header = header(workbook.getSheet(sheet.sheetName()));
        Row r = workbook.getSheet(sheet.sheetName()).getRow(row);
        return r.getCell(header.indexOf(column));
    }

    @Test
    void sheetsAreTheFourPortfolioSheetsWithSchemaHeaders() throws IOException {
        try (XSSFWorkbook workbook = written(SmallPortfolio.withTools())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            // the optional products, bom and customers sheets are left out: SmallPortfolio has none
            for (Sheet sheet : List.of(Sheet.PARTS, Sheet.SUPPLIERS, Sheet.SOURCING, Sheet.TOOLING)) {
                List<String> schema = sheet.columns().stream().map(Column::name).toList();
                assertThat(header(workbook.getSheetAt(sheet.ordinal())).subList(0, schema.size()))
                        .isEqualTo(schema);
            }
            assertThat(header(workbook.getSheet("parts"))).endsWith("buyer", "drawing");
        }
    }

    @Test
    void noToolingSheetWithoutTools() throws IOException {
        try (XSSFWorkbook workbook = written(SmallPortfolio.withoutTools())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheet("tooling")).isNull();
        }
    }

    @Test
    void cellsAreTypedNumbersBooleansAndText() throws IOException {
        try (XSSFWorkbook workbook = written(SmallPortfolio.withTools())) {
            // Row 1 of sourcing is P-1/S-1 (castingFromFoundry): share 0.8, price 12.5, qualified.
            assertThat(cell(workbook, Sheet.SOURCING, 1, "share").getNumericCellValue()).isEqualTo(0.8);
            assertThat(cell(workbook, Sheet.SOURCING, 1, "unit_price_eur").getNumericCellValue()).isEqualTo(12.5);
            assertThat(cell(workbook, Sheet.SOURCING, 1, "qualified").getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(cell(workbook, Sheet.SOURCING, 1, "qualified").getBooleanCellValue()).isTrue();
            assertThat(cell(workbook, Sheet.SOURCING, 1, "part_id").getStringCellValue()).isEqualTo("P-1");
            // hs_code 7325 stays text so leading zeros of other codes survive.
            assertThat(cell(workbook, Sheet.PARTS, 1, "hs_code").getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(workbook, Sheet.PARTS, 1, "annual_demand_units").getNumericCellValue()).isEqualTo(12_345);
            assertThat(cell(workbook, Sheet.TOOLING, 1, "life_remaining_shots").getNumericCellValue())
                    .isEqualTo(250_000);
        }
    }

    @Test
    void emptyFieldsHaveNoCell() throws IOException {
        try (XSSFWorkbook workbook = written(SmallPortfolio.withTools())) {
            // P-2 (bolt) has no margin, no weight, no part family; P-2 has no drawing attribute.
            assertThat(cell(workbook, Sheet.PARTS, 2, "margin_eur_per_unit")).isNull();
            assertThat(cell(workbook, Sheet.PARTS, 2, "weight_kg")).isNull();
            assertThat(cell(workbook, Sheet.PARTS, 2, "drawing")).isNull();
        }
    }

    @Test
    void pricesReadBackExactlyThroughDoubleToString() throws IOException {
        try (XSSFWorkbook workbook = written(SmallPortfolio.withTools())) {
            // Row 2 of sourcing is P-1/S-2 (castingFromNingbo): 9.8765, four decimals typed in SmallPortfolio.
            double price = cell(workbook, Sheet.SOURCING, 2, "unit_price_eur").getNumericCellValue();
            assertThat(new BigDecimal(Double.toString(price))).isEqualByComparingTo("9.8765");
        }
    }

    @Test
    void aPriceWithMoreThanFifteenDigitsIsWrittenAsText() throws Exception {
        // 17 significant digits: a double keeps 15 (DBL_DIG), so a numeric cell would read back as
        // 123456789012.34567 → 1.2345678901234567E11 at best; text keeps every digit.
        Portfolio portfolio = PortfolioAssembly.of(List.of(Part.of("P-1", 10)),
                List.of(Supplier.of("S-1", "Acme", "BE")),
                List.of(SourcingLink.of("P-1", "S-1", 1, "123456789012.34567", 10)), List.of());
        try (XSSFWorkbook workbook = written(portfolio)) {
            Cell price = cell(workbook, Sheet.SOURCING, 1, "unit_price_eur");
            assertThat(price.getCellType()).isEqualTo(CellType.STRING);
            assertThat(price.getStringCellValue()).isEqualTo("123456789012.34567");
        }
    }

    @Test
    void requiredHeadersAreBoldAndTheRestAreNot() throws Exception {
        // with products, BOM and customers, so every sheet is written
        try (XSSFWorkbook workbook = written(ProductSheetsWriterTest.withProducts())) {
            for (Sheet sheet : Sheet.values()) {
                Row header = workbook.getSheet(sheet.sheetName()).getRow(0);
                for (int i = 0; i < sheet.columns().size(); i++) {
                    boolean bold = workbook.getFontAt(header.getCell(i).getCellStyle().getFontIndex()).getBold();
                    assertThat(bold).as(sheet.sheetName() + "." + sheet.columns().get(i).name())
                            .isEqualTo(sheet.columns().get(i).required());
                }
            }
        }
    }

    @Test
    void refusesMoreRowsThanASheetHolds() {
        assertThat(XlsxPortfolioWriter.MAX_DATA_ROWS).isEqualTo(1_048_575); // 2^20 rows minus the header
        SheetTable tooBig = new SheetTable(Sheet.PARTS, List.of("part_id"),
                java.util.Collections.nCopies(XlsxPortfolioWriter.MAX_DATA_ROWS + 1, List.of(CellValue.EMPTY)));
        assertThatThrownBy(() -> XlsxPortfolioWriter.checkFits(tooBig)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSV");
    }
}
