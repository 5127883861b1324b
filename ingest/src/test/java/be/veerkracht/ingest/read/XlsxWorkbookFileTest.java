package be.veerkracht.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.ingest.write.XlsxPortfolioWriter;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioGenerator;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole workbook files through {@link PortfolioReader}: what is refused, what is missing, what is hashed. */
class XlsxWorkbookFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"renamed-csv", "xls", "truncated", "zip-of-text", "word-document", "empty"})
    void a_file_that_is_no_workbook_is_one_unreadable_problem(String kind) throws Exception {
        Path file = dir.resolve(kind + ".xlsx");
        Files.write(file, notAWorkbook(kind));

        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> new PortfolioReader().read(file));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.problems()).extracting(Problem::key).containsExactly(ProblemKey.FILE_UNREADABLE);
        // the in-memory XSSFWorkbook, which the reader used before, refused it too
        assertThatThrownBy(() -> new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file))).close());
    }

    @Test
    void a_missing_required_sheet_is_reported_by_name() throws Exception {
        Path file = dir.resolve("parts-only.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("parts").createRow(0).createCell(0).setCellValue("part_id");
            workbook.write(out);
        }

        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> new PortfolioReader().read(file));

        assertThat(e.problems()).filteredOn(p -> p.key() == ProblemKey.SHEET_MISSING)
                .extracting(p -> p.args().get(0)).containsExactly("suppliers", "sourcing");
    }

    @Test
    void the_content_hash_is_sha256_of_the_files_bytes() throws Exception {
        Path fixture = PortfolioReaderFormatsTest.fixture("portfolio.xlsx");
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(fixture));

        assertThat(new PortfolioReader().read(fixture).contentSha256()).isEqualTo(HexFormat.of().formatHex(sha256));
    }

    @Test
    void a_generated_workbook_reads_back_as_the_portfolio_written() throws Exception {
        // XlsxPortfolioWriter streams with SXSSF, which writes every string inline (t="inlineStr")
        Portfolio portfolio = new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(400, 60, 11)).generate();
        Path file = dir.resolve("generated.xlsx");
        new XlsxPortfolioWriter().write(portfolio, file);

        assertThat(new PortfolioReader().read(file).portfolio()).isEqualTo(portfolio);
        // the synthetic portfolio has no products, BOM or customers: the four sheets it fills
        for (Sheet sheet : java.util.List.of(Sheet.PARTS, Sheet.SUPPLIERS, Sheet.SOURCING, Sheet.TOOLING)) {
            assertThat(XlsxTableReaderTest.streamed(file, sheet.sheetName()))
                    .isEqualTo(UserModelTables.table(file, sheet.sheetName()).orElseThrow());
        }
    }

    private static byte[] notAWorkbook(String kind) throws Exception {
        return switch (kind) {
            case "renamed-csv" -> "part_id;annual_demand_units\nP-1;5\n".getBytes(StandardCharsets.UTF_8);
            case "xls" -> {
                try (HSSFWorkbook workbook = new HSSFWorkbook();
                     ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    workbook.createSheet("parts");
                    workbook.write(out);
                    yield out.toByteArray();
                }
            }
            case "truncated" -> {
                byte[] whole = Files.readAllBytes(PortfolioReaderFormatsTest.fixture("portfolio.xlsx"));
                yield Arrays.copyOf(whole, whole.length / 2);
            }
            case "zip-of-text" -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                    zip.putNextEntry(new ZipEntry("parts.csv"));
                    zip.write("part_id\nP-1\n".getBytes(StandardCharsets.UTF_8));
                }
                yield bytes.toByteArray();
            }
            case "word-document" -> {
                try (XWPFDocument document = new XWPFDocument();
                     ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    document.createParagraph().createRun().setText("parts");
                    document.write(out);
                    yield out.toByteArray();
                }
            }
            case "empty" -> new byte[0];
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
