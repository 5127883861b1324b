package be.veerkracht.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.ingest.write.XlsxPortfolioWriter;
import be.veerkracht.portfolio.BomLine;
import be.veerkracht.portfolio.Customer;
import be.veerkracht.portfolio.CustomerId;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Product;
import be.veerkracht.portfolio.ProductId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional {@code products}, {@code bom} and {@code customers} sheets, added to the {@code formats/comma} and
 * {@code formats/semicolon} fixtures (parts P-1 to P-4) as {@code ,}-CSV, Belgian {@code ;}-CSV and a workbook
 * with typed cells. The expected records are typed in by hand from the rows below.
 */
class ProductSheetsReaderTest {

    static final String PRODUCTS = """
            Product ID,name,dual_use_code,hs_code,product_line
            M-FW,Flowpacker FW,,8422.40.00,flowpack
            M-CAB,"Besturingskast, 8-assig",3A001.a.7,85371091,
            """;
    static final String BOM = """
            product_id,part_id,quantity
            M-FW,P-1,1
            M-FW,P-3,24
            M-CAB,P-2,1
            M-CAB,P-3,0.5
            """;
    static final String CUSTOMERS = """
            customer_id,name,country,End use,account_manager
            K-1,Backwaren Schneider GmbH,de,flow-wrapping of biscuits,Pieter
            K-2,OOO Volga Pack,RU,,
            """;

    @TempDir
    Path dir;

    /** The fixture's base portfolio with the products, BOM and customers of the rows above. */
    static Portfolio expected(Portfolio base) throws InvalidPortfolioException {
        List<Product> products = List.of(
                new Product(new ProductId("M-FW"), "Flowpacker FW", null, "84224000", Map.of("product_line", "flowpack")),
                new Product(new ProductId("M-CAB"), "Besturingskast, 8-assig", "3A001.a.7", "85371091", Map.of()));
        List<BomLine> bom = List.of(BomLine.of("M-FW", "P-1", 1), BomLine.of("M-FW", "P-3", 24),
                BomLine.of("M-CAB", "P-2", 1), BomLine.of("M-CAB", "P-3", 0.5));
        List<Customer> customers = List.of(
                new Customer(new CustomerId("K-1"), "Backwaren Schneider GmbH", new CountryCode("DE"),
                        "flow-wrapping of biscuits", Map.of("account_manager", "Pieter")),
                Customer.of("K-2", "OOO Volga Pack", "RU"));
        return PortfolioAssembly.of(base.parts(), base.suppliers(), base.links(), base.tools(), products, bom,
                customers);
    }

    @Test
    void comma_csv_files_are_read_with_header_variants_and_extra_columns() throws Exception {
        Path folder = withSheets("comma", PRODUCTS, BOM, CUSTOMERS);

        Portfolio read = new PortfolioReader().read(folder).portfolio();

        assertThat(read).isEqualTo(expected(base("comma")));
        assertThat(read.productsContaining(new PartId("P-3"))).extracting(p -> p.id().value())
                .containsExactly("M-CAB", "M-FW");
    }

    @Test
    void belgian_semicolon_csv_files_with_decimal_commas_bom_and_crlf() throws Exception {
        Path folder = withSheets("semicolon", semicolon(PRODUCTS), semicolon(BOM), semicolon(CUSTOMERS));

        assertThat(new PortfolioReader().read(folder).portfolio()).isEqualTo(expected(base("semicolon")));
    }

    @Test
    void a_workbook_with_typed_cells() throws Exception {
        Path workbook = dir.resolve("portfolio.xlsx");
        new XlsxPortfolioWriter().write(base("comma"), workbook);
        addSheets(workbook);

        assertThat(new PortfolioReader().read(workbook).portfolio()).isEqualTo(expected(base("comma")));
    }

    @Test
    void bad_codes_quantities_and_countries_name_file_row_and_column() throws Exception {
        Path folder = withSheets("comma",
                PRODUCTS.replace("3A001.a.7", "3A1").replace("8422.40.00", "84.2"),
                BOM.replace("M-FW,P-3,24", "M-FW,P-3,0").replace("M-CAB,P-3,0.5", "M-CAB,P-3,-2"),
                CUSTOMERS.replace("RU", "XX"));

        assertThat(problems(folder)).containsExactly(
                "products.csv: row 2, hs_code: must be a customs code of 4 to 10 digits, got '84.2'",
                "products.csv: row 3, dual_use_code: not an EU Annex I code such as 3A001.a.1: '3A1'",
                "bom.csv: row 3, quantity: must be > 0, got 0",
                "bom.csv: row 5, quantity: must be > 0, got -2",
                "customers.csv: row 3, country: unknown country code 'XX': use ISO 3166-1 alpha-2, such as BE, DE or CN");
        // the BOM lines of M-FW and M-CAB (rows 2 and 4), whose product rows failed, are not reported again
    }

    @Test
    void bom_lines_naming_an_unknown_product_or_part_and_duplicate_ids() throws Exception {
        Path folder = withSheets("comma",
                PRODUCTS + "M-FW,Flowpacker again,,,\n",
                BOM + "M-XX,P-1,1\nM-FW,P-9,2\nM-FW,P-1,3\n",
                CUSTOMERS + "K-1,Someone else,BE,,\n");

        assertThat(problems(folder)).containsExactly(
                "products.csv: row 4, product_id: 'M-FW' appears more than once (first on row 2)",
                "bom.csv: row 8, product_id + part_id: 'M-FW / P-1' appears more than once (first on row 2)",
                "bom.csv: row 6, product_id: unknown product_id 'M-XX': it is not on the products sheet",
                "bom.csv: row 7, part_id: unknown part_id 'P-9': it is not on the parts sheet",
                "customers.csv: row 4, customer_id: 'K-1' appears more than once (first on row 2)");
    }

    @Test
    void a_missing_required_column_and_a_missing_value() throws Exception {
        Path folder = withSheets("comma", PRODUCTS.replace("M-CAB,\"Besturingskast, 8-assig\"", "M-CAB,"),
                BOM.replace("product_id,part_id,quantity", "product_id,part_id,qty"), CUSTOMERS);

        assertThat(problems(folder)).containsExactly(
                "products.csv: row 3, name: required, but empty",
                "bom.csv: row 1, quantity: required column 'quantity' is missing from the header row");
    }

    @Test
    void errors_in_a_workbook_name_the_sheet_and_come_in_dutch_and_french() throws Exception {
        Path workbook = dir.resolve("portfolio.xlsx");
        new XlsxPortfolioWriter().write(base("comma"), workbook);
        addSheets(workbook);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheet("bom").getRow(2).getCell(2).setCellValue(-1);
            book.getSheet("bom").getRow(3).getCell(0).setCellValue("M-XX");
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> new PortfolioReader().read(workbook));

        assertThat(e.report(Locale.ENGLISH)).isEqualTo(String.join(System.lineSeparator(),
                "portfolio.xlsx [bom]: row 3, quantity: must be > 0, got -1",
                "portfolio.xlsx [bom]: row 4, product_id: unknown product_id 'M-XX': it is not on the products sheet"));
        assertThat(e.report(new Locale("nl"))).isEqualTo(String.join(System.lineSeparator(),
                "portfolio.xlsx [bom]: rij 3, quantity: moet > 0 zijn, kreeg -1",
                "portfolio.xlsx [bom]: rij 4, product_id: onbekend product_id 'M-XX': het staat niet op het blad products"));
        assertThat(e.report(Locale.FRENCH)).isEqualTo(String.join(System.lineSeparator(),
                "portfolio.xlsx [bom]: ligne 3, quantity: doit être > 0, reçu -1",
                "portfolio.xlsx [bom]: ligne 4, product_id: product_id inconnu 'M-XX' : absent de la feuille products"));
    }

    private static Portfolio base(String fixture) throws Exception {
        return new PortfolioReader().read(PortfolioReaderFormatsTest.fixture(fixture)).portfolio();
    }

    private List<String> problems(Path path) {
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> new PortfolioReader().read(path));
        assertThat(e).as("expected the import to fail").isNotNull();
        return e.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
    }

    /** A copy of a fixture folder with products.csv, bom.csv and customers.csv added (written as UTF-8). */
    private Path withSheets(String fixture, String products, String bom, String customers) throws Exception {
        Path source = PortfolioReaderFormatsTest.fixture(fixture);
        Path copy = dir.resolve(fixture);
        Files.createDirectories(copy);
        try (var files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Files.writeString(copy.resolve("products.csv"), products, StandardCharsets.UTF_8);
        Files.writeString(copy.resolve("bom.csv"), bom, StandardCharsets.UTF_8);
        Files.writeString(copy.resolve("customers.csv"), customers, StandardCharsets.UTF_8);
        return copy;
    }

    /** As Dutch Excel saves it: {@code ;}, decimal commas, a byte-order mark and CRLF. */
    private static String semicolon(String comma) {
        String text = comma.replace("\"Besturingskast, 8-assig\"", "Besturingskast\u0000 8-assig")
                .replace("0.5", "0\u00005").replace(',', ';').replace('\u0000', ',');
        return "\uFEFF" + text.replace("\n", "\r\n");
    }

    /** The three sheets as a user types them: IDs and names as text, quantities as numbers. */
    private static void addSheets(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            rows(book.createSheet("products"), List.of(
                    List.of("product_id", "name", "dual_use_code", "hs_code", "product_line"),
                    List.of("M-FW", "Flowpacker FW", "", "8422.40.00", "flowpack"),
                    List.of("M-CAB", "Besturingskast, 8-assig", "3A001.a.7", 85371091, "")));
            rows(book.createSheet("bom"), List.of(
                    List.of("product_id", "part_id", "quantity"),
                    List.of("M-FW", "P-1", 1), List.of("M-FW", "P-3", 24),
                    List.of("M-CAB", "P-2", 1), List.of("M-CAB", "P-3", 0.5)));
            rows(book.createSheet("customers"), List.of(
                    List.of("customer_id", "name", "country", "end_use", "account_manager"),
                    List.of("K-1", "Backwaren Schneider GmbH", "de", "flow-wrapping of biscuits", "Pieter"),
                    List.of("K-2", "OOO Volga Pack", "RU", "", "")));
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
    }

    private static void rows(XSSFSheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (!"".equals(value)) {
                    row.createCell(c).setCellValue((String) value);
                }
            }
        }
    }
}
