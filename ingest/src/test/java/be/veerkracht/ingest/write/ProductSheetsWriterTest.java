package be.veerkracht.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.portfolio.BomLine;
import be.veerkracht.portfolio.Customer;
import be.veerkracht.portfolio.CustomerId;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Product;
import be.veerkracht.portfolio.ProductId;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code products}, {@code bom} and {@code customers} sheets written by the template and the portfolio writers,
 * and read back: {@link SmallPortfolio} (parts P-1, a casting, and P-2, a bolt) with two products and three
 * customers.
 */
class ProductSheetsWriterTest {

    @TempDir
    Path dir;

    static Portfolio withProducts() throws Exception {
        Portfolio base = SmallPortfolio.withTools();
        return PortfolioAssembly.of(base.parts(), base.suppliers(), base.links(), base.tools(),
                List.of(new Product(new ProductId("M-FW"), "Flowpacker FW", null, "84224000",
                                Map.of("product_line", "flowpack")),
                        new Product(new ProductId("S-LM50"), "Lasermarkeerstation LM-50", "6A005.b", "85437090",
                                Map.of())),
                List.of(BomLine.of("M-FW", "P-1", 1), BomLine.of("M-FW", "P-2", 36.5),
                        BomLine.of("S-LM50", "P-2", 4)),
                List.of(new Customer(new CustomerId("K-1001"), "Zuivelcoöperatie Leiedal CV", new CountryCode("BE"),
                                "packaging of cheese; butter", Map.of("account_manager", "Lien")),
                        Customer.of("K-1006", "Gulf Fresh Kitchens LLC", "AE"),
                        new Customer(new CustomerId("K-1007"), "OOO Volga Pack", new CountryCode("RU"),
                                "packaging of \"confectionery\"", Map.of())));
    }

    @Test
    void an_xlsx_with_products_reads_back_equal() throws Exception {
        Path file = dir.resolve("out.xlsx");
        new XlsxPortfolioWriter().write(withProducts(), file);

        assertThat(new PortfolioReader().read(file).portfolio()).isEqualTo(withProducts());
    }

    @ParameterizedTest
    @EnumSource(value = CsvDialect.class)
    void a_csv_folder_with_products_reads_back_equal(CsvDialect dialect) throws Exception {
        List<Path> files = new CsvPortfolioWriter(CsvLayout.of(dialect, CsvEncoding.UTF_8))
                .write(withProducts(), dir);

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("parts.csv",
                "suppliers.csv", "sourcing.csv", "tooling.csv", "products.csv", "bom.csv", "customers.csv");
        assertThat(new PortfolioReader().read(dir).portfolio()).isEqualTo(withProducts());
    }

    @Test
    void without_products_no_product_files_are_left_behind() throws Exception {
        CsvPortfolioWriter writer = new CsvPortfolioWriter(CsvLayout.of(CsvDialect.COMMA, CsvEncoding.UTF_8));
        writer.write(withProducts(), dir);
        writer.write(SmallPortfolio.withTools(), dir);

        assertThat(Files.exists(dir.resolve("bom.csv"))).isFalse();
        assertThat(Files.exists(dir.resolve("customers.csv"))).isFalse();
        assertThat(new PortfolioReader().read(dir).portfolio()).isEqualTo(SmallPortfolio.withTools());
    }

    @Test
    void the_template_explains_the_new_sheets_in_three_languages() throws IOException {
        assertThat(helpRows(Locale.ENGLISH)).contains(
                List.of("bom", "quantity", "* required", "units of the part per unit of the product",
                        "How many units of the part (in its unit of measure) go into one unit of the product; more"
                                + " than 0.", "4"),
                List.of("customers", "end_use", "optional", "text",
                        "What the customer says it will use the products for, in its own words.",
                        "packaging of dairy products"));
        assertThat(helpRows(new Locale("nl"))).contains(List.of("products", "", "optioneel blad", "",
                "Eén rij per eigen product dat u verkoopt (een machine, een kast): wat exportcontrole classificeert"
                        + " wanneer het het bedrijf verlaat. Laat weg als u het niet nodig hebt.", ""));
        assertThat(helpRows(Locale.FRENCH)).filteredOn(row -> row.size() >= 4).map(row -> row.subList(0, 4))
                .contains(List.of("customers", "country", "* obligatoire", "code pays ISO à deux lettres"));
    }

    @Test
    void a_filled_in_template_imports_with_its_products_and_customers() throws Exception {
        Path file = dir.resolve("filled.xlsx");
        try (XSSFWorkbook workbook = template()) {
            append(workbook.getSheet("parts"), "P-1", null, null, null, 1200);
            append(workbook.getSheet("suppliers"), "S-1", "Gieterij Vandenberghe NV", "BE");
            append(workbook.getSheet("sourcing"), "P-1", "S-1", 1, 12.5, null, 30);
            append(workbook.getSheet("products"), "M-FW", "Flowpacker FW", "2B001.a", "8422.40");
            append(workbook.getSheet("bom"), "M-FW", "P-1", 2);
            append(workbook.getSheet("customers"), "K-1", "Backwaren Schneider GmbH", "DE", "biscuits");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        Portfolio expected = PortfolioAssembly.of(List.of(Part.of("P-1", 1200)),
                List.of(Supplier.of("S-1", "Gieterij Vandenberghe NV", "BE")),
                List.of(SourcingLink.of("P-1", "S-1", 1, "12.5", 30)), List.of(),
                List.of(new Product(new ProductId("M-FW"), "Flowpacker FW", "2B001.a", "842240", Map.of())),
                List.of(BomLine.of("M-FW", "P-1", 2)),
                List.of(new Customer(new CustomerId("K-1"), "Backwaren Schneider GmbH", new CountryCode("DE"),
                        "biscuits", Map.of())));

        assertThat(new PortfolioReader().read(file).portfolio()).isEqualTo(expected);
    }

    private static XSSFWorkbook template() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        new TemplateWriter(Locale.ENGLISH).write(out);
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    private static List<List<String>> helpRows(Locale locale) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        new TemplateWriter(locale).write(out);
        DataFormatter format = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : workbook.getSheet("help")) {
                List<String> texts = new ArrayList<>();
                row.forEach(c -> texts.add(format.formatCellValue(c)));
                rows.add(texts);
            }
        }
        return rows;
    }

    /** A row below the header, cells in schema order: numbers typed as numbers, null left empty. */
    private static void append(XSSFSheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue((String) values[i]);
            }
        }
    }
}
