package be.veerkracht.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.AgreementTerms;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.measurement.Source;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quality agreements and measurements as users export them (docs/quality-data.md). */
class QualityFileReaderTest {

    @TempDir
    Path temp;

    private final QualityFileReader reader = new QualityFileReader();

    @Test
    void a_belgian_excel_csv_of_measurements_is_read_with_decimal_commas_and_local_times() throws Exception {
        ImportedQuality read = reader.read(fixture("measurements-belgian.csv"));

        assertThat(read.format()).isEqualTo("csv (;)");
        assertThat(read.agreements()).isEmpty();
        // 1/06/2026 8:00 in Brussels is summer time (UTC+2): 06:00Z; 15/01/2026 14:30 is winter time (UTC+1): 13:30Z.
        // "Supplier certificate" and "Incoming inspection" are the enum names written with blanks and capitals.
        assertThat(read.measurements()).containsExactly(
                m("bore_diameter", "S-200", "L-2406-01", "2026-06-01T06:00:00Z", 25.012, Source.SUPPLIER_CERTIFICATE),
                m("bore_diameter", "S-200", "L-2406-01", "2026-06-01T06:05:00Z", 24.998, Source.SUPPLIER_CERTIFICATE),
                m("Roughness Ra", "S-200", "L-2406-01", "2026-06-01T08:10:00Z", 1.2, Source.LAB),
                m("bore_diameter", "S-100", "4711", "2026-01-15T13:30:00Z", 25.001, Source.INCOMING_INSPECTION));
    }

    @Test
    void characteristics_make_one_agreement_per_part_with_default_and_explicit_margins() throws Exception {
        ImportedQuality read = reader.read(fixture("quality-characteristics.csv"));

        assertThat(read.measurements()).isEmpty();
        assertThat(read.agreements()).hasSize(2);
        ImportedQuality.ImportedAgreement first = read.agreements().get(0);
        assertThat(first.reason()).isEqualTo("PPAP 2026");
        assertThat(first.terms()).isEqualTo(new AgreementTerms(new PartId("100234"), new SupplierId("S-100"), List.of(
                new Characteristic("bore_diameter", "mm", 25.0, 24.95, 25.05, "CMM, ISO 10360-2", 5, "every lot", true,
                        null),
                new Characteristic("roughness_ra", "um", null, null, 1.6, "profilometer ISO 4287", 1, "weekly", false,
                        0.2))));
        // 10 % of the width 25.05 - 24.95 = 0.10 mm
        assertThat(first.terms().characteristics().get(0).margin()).isCloseTo(0.01, org.assertj.core.api.Assertions
                .within(1e-12));
        AgreementTerms second = read.agreements().get(1).terms();
        assertThat(second.primarySupplier()).isNull();
        assertThat(second.characteristics()).singleElement().satisfies(c -> {
            assertThat(c.lsl()).isEqualTo(420.0);
            assertThat(c.usl()).isNull();
            assertThat(c.margin()).isEqualTo(15.0);
            assertThat(c.certificateRequired()).isTrue(); // "ja"
        });
    }

    @Test
    void a_workbook_written_by_excel_gives_both_sheets_with_typed_cells() throws Exception {
        Path file = temp.resolve("quality.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet characteristics = workbook.createSheet("Quality_Characteristics");
            header(characteristics, "Part ID", "Characteristic", "Unit", "LSL", "USL", "Method", "Sample size",
                    "Frequency", "COA required");
            Row row = characteristics.createRow(1);
            row.createCell(0).setCellValue(100234); // an ID typed as a number
            row.createCell(1).setCellValue("bore_diameter");
            row.createCell(2).setCellValue("mm");
            row.createCell(3).setCellValue(24.95);
            row.createCell(4).setCellValue(25.05);
            row.createCell(5).setCellValue("CMM");
            row.createCell(6).setCellValue(5);
            row.createCell(7).setCellValue("every lot");
            row.createCell(8).setCellValue(true);
            Sheet measurements = workbook.createSheet("measurements");
            header(measurements, "part_id", "characteristic", "supplier_id", "lot", "timestamp", "value", "source");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/mm/yyyy h:mm"));
            Row value = measurements.createRow(1);
            value.createCell(0).setCellValue("100234");
            value.createCell(1).setCellValue("bore_diameter");
            value.createCell(2).setCellValue("S-200");
            value.createCell(3).setCellValue(2406);
            value.createCell(4).setCellValue(LocalDateTime.of(2026, 6, 1, 8, 0));
            value.getCell(4).setCellStyle(date);
            value.createCell(5).setCellValue(25.012);
            value.createCell(6).setCellValue("supplier_certificate");
            workbook.write(out);
        }

        ImportedQuality read = reader.read(file);

        assertThat(read.format()).isEqualTo("xlsx");
        assertThat(read.agreements()).singleElement().satisfies(a -> {
            assertThat(a.terms().part()).isEqualTo(new PartId("100234"));
            assertThat(a.terms().characteristics().get(0).sampleSize()).isEqualTo(5);
            assertThat(a.terms().characteristics().get(0).certificateRequired()).isTrue();
        });
        // 8:00 local on 1 June 2026 in Brussels = 06:00Z
        assertThat(read.measurements()).containsExactly(
                m("bore_diameter", "S-200", "2406", "2026-06-01T06:00:00Z", 25.012, Source.SUPPLIER_CERTIFICATE));
    }

    @Test
    void every_bad_characteristic_row_is_reported_with_file_row_and_field() {
        assertThat(problems("quality-characteristics-bad.csv")).containsExactly(
                "quality-characteristics-bad.csv: row 2, usl: lsl 25,05 must be below usl 24,95",
                "quality-characteristics-bad.csv: row 3, equivalence_margin: a one-sided specification (only lsl or "
                        + "only usl) needs an equivalence_margin",
                "quality-characteristics-bad.csv: row 4, sample_size: must be > 0, got 0",
                "quality-characteristics-bad.csv: row 4, coa_required: must be true or false, got 'maybe'",
                "quality-characteristics-bad.csv: row 5, primary_supplier_id: part '100234' has another "
                        + "primary_supplier_id on row 2; every row of one part must repeat it");
    }

    @Test
    void every_bad_measurement_row_is_reported_with_file_row_and_field() {
        assertThat(problems("measurements-bad.csv")).containsExactly(
                "measurements-bad.csv: row 2, timestamp: not a date and time: 'yesterday'; write 2026-06-01T08:00:00Z, "
                        + "2026-06-01 08:00 or 1/06/2026 8:00",
                "measurements-bad.csv: row 3, value: '25,01': a ','-separated file uses decimal points and no "
                        + "thousands grouping; write 25.01, or save the file with ';' separators",
                "measurements-bad.csv: row 4, supplier_id: required, but empty",
                "measurements-bad.csv: row 4, source: must be one of supplier_certificate|incoming_inspection|lab, "
                        + "got 'supplier'");
    }

    @Test
    void a_file_that_is_neither_kind_or_a_workbook_without_the_sheets_is_refused() throws Exception {
        Path csv = temp.resolve("parts.csv");
        Files.writeString(csv, "part_id;annual_demand_units\nP1;5\n");
        assertThatThrownBy(() -> reader.read(csv)).isInstanceOfSatisfying(InvalidPortfolioException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message(Locale.ENGLISH))
                        .startsWith("parts.csv: cannot tell what the file holds")));
        Path xlsx = temp.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("parts");
            workbook.write(out);
        }
        assertThatThrownBy(() -> reader.read(xlsx)).isInstanceOfSatisfying(InvalidPortfolioException.class,
                e -> assertThat(e.problems()).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                        "other.xlsx: the workbook has neither a 'quality_characteristics' nor a 'measurements' sheet"));
    }

    private List<String> problems(String name) {
        try {
            reader.read(fixture(name));
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        } catch (InvalidPortfolioException e) {
            return e.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
        }
        throw new AssertionError(name + " was read without problems");
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static Measurement m(String characteristic, String supplier, String lot, String at, double value,
                                 Source source) {
        return new Measurement(new PartId("100234"), characteristic, new SupplierId(supplier), lot, Instant.parse(at),
                value, source);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(QualityFileReaderTest.class.getResource("/be/veerkracht/ingest/quality/" + name).toURI());
    }
}
