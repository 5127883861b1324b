package be.veerkracht.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioGenerator;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioSpec;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A generated portfolio written in every format, dialect and encoding; each file parsed with plain Commons CSV or
 * POI (not the project's reader, which does the full round trip) and compared with the portfolio field by field.
 */
class GeneratedPortfolioFormatsTest {

    private static Portfolio portfolio;

    @TempDir
    Path folder;

    @BeforeAll
    static void generate() {
        portfolio = new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(400, 60, 11)).generate();
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of(new CsvLayout(CsvDialect.COMMA, CsvEncoding.UTF_8, false)),
                Arguments.of(new CsvLayout(CsvDialect.COMMA, CsvEncoding.UTF_8_BOM, false)),
                Arguments.of(new CsvLayout(CsvDialect.COMMA, CsvEncoding.WINDOWS_1252, false)),
                Arguments.of(new CsvLayout(CsvDialect.SEMICOLON, CsvEncoding.UTF_8, false)),
                Arguments.of(new CsvLayout(CsvDialect.SEMICOLON, CsvEncoding.UTF_8_BOM, true)),
                Arguments.of(new CsvLayout(CsvDialect.SEMICOLON, CsvEncoding.WINDOWS_1252, true)));
    }

    /** The file's text, checked to be valid in its encoding, the byte-order mark removed. */
    private static String decode(Path file, CsvLayout layout) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int bom = layout.encoding().preamble().length;
        for (int i = 0; i < bom; i++) {
            assertThat(bytes[i]).isEqualTo(layout.encoding().preamble()[i]);
        }
        try {
            return layout.encoding().charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid " + layout.encoding(), e);
        }
    }

    private static List<CSVRecord> records(Path file, CsvLayout layout) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(layout.dialect().separator()).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(file, layout)), format)) {
            return parser.getRecords();
        }
    }

    /** The number as the dialect wrote it, undone by hand: grouping points out, decimal comma to point. */
    private static BigDecimal number(String text, CsvLayout layout) {
        String plain = layout.dialect() == CsvDialect.SEMICOLON ? text.replace(".", "").replace(',', '.') : text;
        return new BigDecimal(plain);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyCsvFileHasTheSchemaHeaderAndOneRowPerRecord(CsvLayout layout) throws IOException {
        new CsvPortfolioWriter(layout).write(portfolio, folder);

        int toolRows = portfolio.tools().stream().mapToInt(t -> t.parts().size()).sum();
        List<Integer> expectedRows = List.of(portfolio.parts().size(), portfolio.suppliers().size(),
                portfolio.links().size(), toolRows);
        // the synthetic portfolio has no products, BOM or customers: the four sheets it fills
        for (Sheet sheet : List.of(Sheet.PARTS, Sheet.SUPPLIERS, Sheet.SOURCING, Sheet.TOOLING)) {
            List<CSVRecord> records = records(folder.resolve(sheet.csvFileName()), layout);
            List<String> schema = sheet.columns().stream().map(Column::name).toList();
            assertThat(records.get(0).toList().subList(0, schema.size())).isEqualTo(schema);
            assertThat(records).hasSize(1 + expectedRows.get(sheet.ordinal()));
            assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(records.get(0).size()));
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void textAndNumbersMatchThePortfolio(CsvLayout layout) throws IOException {
        new CsvPortfolioWriter(layout).write(portfolio, folder);

        List<CSVRecord> parts = records(folder.resolve("parts.csv"), layout);
        for (int i = 0; i < portfolio.parts().size(); i++) {
            Part part = portfolio.parts().get(i);
            CSVRecord row = parts.get(i + 1);
            assertThat(row.get(0)).isEqualTo(part.id().value());
            assertThat(row.get(1)).isEqualTo(part.description());
            assertThat(number(row.get(4), layout).doubleValue()).isEqualTo(part.annualDemandUnits());
            assertThat(number(row.get(5), layout).doubleValue()).isEqualTo(part.weeklyDemandSdUnits());
        }
        List<CSVRecord> suppliers = records(folder.resolve("suppliers.csv"), layout);
        for (int i = 0; i < portfolio.suppliers().size(); i++) {
            Supplier supplier = portfolio.suppliers().get(i);
            assertThat(suppliers.get(i + 1).get(1)).isEqualTo(supplier.name());
        }
        List<CSVRecord> sourcing = records(folder.resolve("sourcing.csv"), layout);
        for (int i = 0; i < portfolio.links().size(); i++) {
            var link = portfolio.links().get(i);
            assertThat(number(sourcing.get(i + 1).get(2), layout).doubleValue()).isEqualTo(link.share());
            assertThat(number(sourcing.get(i + 1).get(3), layout)).isEqualByComparingTo(link.price().amountEur());
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void numbersFollowTheDialectsPattern(CsvLayout layout) throws IOException {
        new CsvPortfolioWriter(layout).write(portfolio, folder);

        // The import format: ',' files use a decimal point and no grouping; ';' files a decimal comma and,
        // when asked, '.' between groups of three digits. Never an exponent.
        String pattern = layout.dialect() == CsvDialect.COMMA ? "[0-9]+(\\.[0-9]+)?"
                : layout.groupThousands() ? "[0-9]{1,3}(\\.[0-9]{3})*(,[0-9]+)?" : "[0-9]+(,[0-9]+)?";
        List<CSVRecord> sourcing = records(folder.resolve("sourcing.csv"), layout);
        // share, unit_price_eur, price_per_quantity, lead_time_days, lead_time_sd_days: always given.
        for (CSVRecord row : sourcing.subList(1, sourcing.size())) {
            for (int column : new int[] {2, 3, 4, 5, 6}) {
                assertThat(row.get(column)).matches(pattern);
            }
        }
        if (layout.groupThousands()) {
            assertThat(sourcing).anySatisfy(r -> assertThat(r.get(3)).matches("[0-9]{1,3}\\.[0-9]{3},[0-9]+"));
        }
    }

    @Test
    void windows1252FilesHoldAccentsAsSingleBytes() throws IOException {
        CsvLayout layout = CsvLayout.of(CsvDialect.SEMICOLON, CsvEncoding.WINDOWS_1252);
        new CsvPortfolioWriter(layout).write(portfolio, folder);

        String suppliers = decode(folder.resolve("suppliers.csv"), layout);
        // The generator's French, German and Turkish names carry è, é, ü, ö (CountryProfiles).
        assertThat(suppliers).containsPattern("[èéüöäß]");
        assertThat(portfolio.suppliers()).extracting(Supplier::name).allSatisfy(n -> assertThat(suppliers).contains(n));
    }

    @Test
    void aTenThousandPartWorkbookStreamsAndReadsBack() throws IOException {
        Portfolio large = new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(10_000, 800, 3)).generate();
        Path file = folder.resolve("large.xlsx");

        new XlsxPortfolioWriter().write(large, file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheet("parts").getLastRowNum()).isEqualTo(10_000);
            assertThat(workbook.getSheet("sourcing").getLastRowNum()).isEqualTo(large.links().size());
            var lastLink = large.links().get(large.links().size() - 1);
            var row = workbook.getSheet("sourcing").getRow(large.links().size());
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(lastLink.part().value());
            assertThat(new BigDecimal(Double.toString(row.getCell(3).getNumericCellValue())))
                    .isEqualByComparingTo(lastLink.price().amountEur());
        }
    }
}
