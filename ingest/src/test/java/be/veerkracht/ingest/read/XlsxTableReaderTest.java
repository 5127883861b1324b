package be.veerkracht.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.util.PackageHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Cells the fixtures may not hold, each in a workbook built here with POI's in-memory {@code XSSFWorkbook}. Every
 * table is also checked against {@link UserModelTables}, the reader this one replaced, so "the same tables as
 * before" is tested, not assumed. Expected values are the ones put into the workbook unless a comment says more.
 */
class XlsxTableReaderTest {

    @TempDir
    Path dir;

    @Test
    void shared_and_inline_strings_read_alike() throws IOException {
        Table table = tableOf(workbook -> {
            XSSFSheet sheet = workbook.createSheet("parts");
            header(sheet, "shared", "inline", "runs", "escaped", "blank");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("  P-1  ");
            inline(row.createCell(1)).setT(" P-2 ");
            CTRst runs = inline(row.createCell(2));
            runs.addNewR().setT("Ré");
            runs.addNewR().setT("sumé");
            // ECMA-376 Part 1, ST_Xstring: _x00E9_ is é written as an escape
            inline(row.createCell(3)).setT("R_x00E9_sum_x00E9_");
            inline(row.createCell(4)).setT("   ");
        }, "parts");

        assertThat(table.header()).containsExactly("shared", "inline", "runs", "escaped", "blank");
        assertThat(table.rows().get(0).cells()).containsExactly(new Cell.Text("P-1"), new Cell.Text("P-2"),
                new Cell.Text("Résumé"), new Cell.Text("Résumé"), Cell.EMPTY);
    }

    @Test
    void a_missing_cell_is_empty_at_its_column() throws IOException {
        Table table = tableOf(workbook -> {
            XSSFSheet sheet = workbook.createSheet("parts");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("a");
            header.createCell(2).setCellValue("c");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(1);
            row.createCell(2).setCellValue(3);
        }, "parts");

        assertThat(table.header()).containsExactly("a", "", "c");
        assertThat(table.rows().get(0).cells()).containsExactly(new Cell.Number(1), Cell.EMPTY, new Cell.Number(3));
    }

    @Test
    void a_number_with_a_date_format_is_a_date() throws IOException {
        Table table = tableOf(workbook -> {
            XSSFSheet sheet = workbook.createSheet("parts");
            header(sheet, "custom", "builtin", "negative");
            CellStyle custom = workbook.createCellStyle();
            custom.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle builtin = workbook.createCellStyle();
            builtin.setDataFormat((short) 14); // m/d/yy, Excel's built-in short date
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDateTime.of(2024, 2, 29, 13, 30));
            row.getCell(0).setCellStyle(custom);
            row.createCell(1).setCellValue(45000);
            row.getCell(1).setCellStyle(builtin);
            row.createCell(2).setCellValue(-1);
            row.getCell(2).setCellStyle(builtin);
        }, "parts");

        assertThat(table.rows().get(0).cells()).containsExactly(
                new Cell.Date(LocalDateTime.of(2024, 2, 29, 13, 30)),
                // Excel: DATE(2023,3,15) = 45000 in the 1900 date system
                new Cell.Date(LocalDateTime.of(2023, 3, 15, 0, 0)),
                // a negative number is no date (POI's DateUtil.isValidExcelDate)
                new Cell.Number(-1));
    }

    @Test
    void the_1904_date_system_counts_from_1904() throws IOException {
        Table table = tableOf(workbook -> {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            XSSFSheet sheet = workbook.createSheet("parts");
            header(sheet, "date");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            sheet.createRow(1).createCell(0).setCellValue(1);
            sheet.getRow(1).getCell(0).setCellStyle(date);
        }, "parts");

        // Excel's 1904 date system: day 0 is 1 January 1904, so day 1 is 2 January 1904
        assertThat(table.rows().get(0).cell(0)).isEqualTo(new Cell.Date(LocalDateTime.of(1904, 1, 2, 0, 0)));
    }

    @Test
    void a_formula_gives_its_cached_result() throws IOException {
        Table table = tableOf(workbook -> {
            XSSFSheet sheet = workbook.createSheet("parts");
            header(sheet, "number", "text", "boolean", "error");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellFormula("2*3.5");
            row.createCell(1).setCellFormula("CONCATENATE(\"P\",\"-3\")");
            row.createCell(2).setCellFormula("1<2");
            row.createCell(3).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }, "parts");

        // results as POI's formula evaluator cached them: 2 * 3.5, "P" & "-3", 1 < 2, division by zero
        assertThat(table.rows().get(0).cells()).containsExactly(new Cell.Number(7), new Cell.Text("P-3"),
                new Cell.Bool(true), new Cell.Text("#DIV/0!"));
    }

    @Test
    void booleans_and_errors_keep_their_type() throws IOException {
        Table table = tableOf(workbook -> {
            XSSFSheet sheet = workbook.createSheet("parts");
            header(sheet, "yes", "no", "error");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellValue(false);
            row.createCell(2).setCellErrorValue(FormulaError.NA);
        }, "parts");

        assertThat(table.rows().get(0).cells()).containsExactly(new Cell.Bool(true), new Cell.Bool(false),
                new Cell.Text("#N/A"));
    }

    @Test
    void numbers_keep_all_seventeen_digits() throws IOException {
        // 0.1 + 0.2 is 0.30000000000000004 in IEEE 754 doubles; Excel's General format would show 0.3
        double[] values = {0.1 + 0.2, 1234.5678901234567, 1.2345678901234568E17, 12.3456};
        Table table = tableOf(workbook -> {
            XSSFSheet sheet = workbook.createSheet("parts");
            header(sheet, "a", "b", "c", "d");
            XSSFRow row = sheet.createRow(1);
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
        }, "parts");

        assertThat(table.rows().get(0).cells()).containsExactly(new Cell.Number(0.30000000000000004),
                new Cell.Number(1234.5678901234567), new Cell.Number(1.2345678901234568E17),
                new Cell.Number(12.3456));
    }

    @Test
    void sheets_are_found_ignoring_case_and_blanks() throws IOException {
        Path file = write(workbook -> {
            header(workbook.createSheet("notes"), "x");
            header(workbook.createSheet(" Parts "), "part_id");
        });

        Table table = streamed(file, "parts");

        assertThat(table.sheet()).isEqualTo(" Parts ");
        assertThat(table.header()).containsExactly("part_id");
        assertThat(table.rows()).isEmpty();
        assertThat(streamedOrEmpty(file, "suppliers")).isNull();
    }

    @Test
    void empty_rows_are_skipped_and_rows_keep_their_spreadsheet_numbers() throws IOException {
        Table table = tableOf(workbook -> {
            XSSFSheet sheet = workbook.createSheet("parts");
            sheet.createRow(0).createCell(0).setCellStyle(workbook.createCellStyle()); // a styled, empty cell
            sheet.createRow(1).createCell(0).setCellValue("part_id");
            sheet.createRow(2).createCell(1).setCellValue("   ");
            XSSFRow row = sheet.createRow(4);
            row.createCell(0).setCellValue("P-1");
            row.createCell(3).setCellStyle(workbook.createCellStyle()); // extends the row, holds nothing
        }, "parts");

        assertThat(table.header()).containsExactly("part_id");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(5);
            assertThat(row.cells()).containsExactly(new Cell.Text("P-1"), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY);
        });
    }

    /**
     * Sheet XML no spreadsheet program writes but the format allows, typed in by hand; expected values are what
     * POI's in-memory XSSFSheet and XSSFCell make of it (checked against {@link UserModelTables} as well).
     */
    @Test
    void hand_written_sheet_xml_reads_as_the_in_memory_workbook_read_it() throws IOException {
        Path file = write(workbook -> {
            workbook.createSheet("parts");
            workbook.createCellStyle().setDataFormat((short) 14); // style 1: a date
        });
        replaceEntry(file, "xl/worksheets/sheet1.xml", """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <cols><col min="5" max="5" style="1"/></cols>
                <sheetData>
                <row r="3"><c r="A3" t="inlineStr"><is><t>late</t></is></c></row>
                <row r="1"><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c>
                  <c r="D1" t="inlineStr"><is><t>d</t></is></c><c t="inlineStr"><is><t>e</t></is></c></row>
                <row><c r="A4"><v>1</v></c><c r="E4"><v>45000</v></c></row>
                <row r="5"><c r="A5" t="inlineStr"><is><t>replaced</t></is></c></row>
                <row r="5"><c r="A5" t="inlineStr"><is><t>kept</t></is></c></row>
                <row r="6"><c r="A6"><f>1+1</f></c><c r="B6" t="s"><v>99</v></c><c r="C6" t="e"/>
                  <c r="D6" t="str"><f>"x"</f><v>x</v></c></row>
                <row r="7"><c r="A7"><f t="array" ref="A7:B7">{1,2}</f><v>1</v></c><c r="B7"/></row>
                <row r="8"><c r="A8"><f t="dataTable" ref="A8" dt2D="0" dtr="0" r1="A1"/></c>
                  <c r="B8"><v>2</v></c></row>
                <row r="9"><c r="A9"><v>9</v></c></row>
                <row r="9"/>
                </sheetData>
                </worksheet>
                """);

        Table table = streamed(file, "parts");

        assertThat(table).isEqualTo(UserModelTables.table(file, "parts").orElseThrow());
        // cells without r follow the highest column so far
        assertThat(table.header()).containsExactly("a", "b", "", "d", "e");
        // row 9 is replaced by a later, empty row 9
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(table.rows()).extracting(Table.Row::cells).containsExactly(
                List.of(new Cell.Text("late")),
                // the row without r follows the highest row so far (3); E4 has no s: column E's date style
                List.of(new Cell.Number(1), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY,
                        new Cell.Date(LocalDateTime.of(2023, 3, 15, 0, 0))),
                // of two rows numbered 5, the later
                List.of(new Cell.Text("kept")),
                // a formula without a cached value is 0; a shared string index naming nothing is empty; an error
                // without its code is #NULL! (error code 0)
                List.of(new Cell.Number(0), Cell.EMPTY, new Cell.Text("#NULL!"), new Cell.Text("x")),
                // B7 lies in the array formula's range: a formula cell without a cached value, so 0
                List.of(new Cell.Number(1), new Cell.Number(0)),
                // a data table "formula" is no formula: A8 is empty
                List.of(Cell.EMPTY, new Cell.Number(2)));
    }

    @Test
    void the_libreoffice_fixture_reads_as_the_in_memory_workbook_read_it() throws Exception {
        Path fixture = PortfolioReaderFormatsTest.fixture("portfolio.xlsx");

        for (String sheet : List.of("parts", "suppliers", "sourcing", "tooling")) {
            assertThat(streamed(fixture, sheet)).isEqualTo(UserModelTables.table(fixture, sheet).orElseThrow());
        }
    }

    /** Builds a workbook, writes it and reads {@code sheet} back, checking the old reader reads the same. */
    private Table tableOf(Consumer<XSSFWorkbook> build, String sheet) throws IOException {
        Path file = write(build);
        Table table = streamed(file, sheet);
        assertThat(table).as("the same as XSSFWorkbook gave")
                .isEqualTo(UserModelTables.table(file, sheet).orElseThrow());
        return table;
    }

    private Path write(Consumer<XSSFWorkbook> build) throws IOException {
        Path file = Files.createTempFile(dir, "cells", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            build.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    static Table streamed(Path file, String sheet) throws IOException {
        Table table = streamedOrEmpty(file, sheet);
        assertThat(table).as("sheet " + sheet).isNotNull();
        return table;
    }

    private static Table streamedOrEmpty(Path file, String sheet) throws IOException {
        try (OPCPackage workbook = PackageHelper.open(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return new XlsxTableReader(workbook, file.getFileName().toString()).table(sheet).orElse(null);
        }
    }

    /** Replaces one part of the zip package, as a hand-edited file would. */
    private static void replaceEntry(Path file, String entry, String text) throws IOException {
        byte[] original = Files.readAllBytes(file);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(entry) ? text.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                out.closeEntry();
            }
        }
    }

    private static void header(XSSFSheet sheet, String... names) {
        XSSFRow row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    /** Makes the cell an inline string ({@code t="inlineStr"}, text in {@code <is>}), as SXSSF writes strings. */
    private static CTRst inline(XSSFCell cell) {
        cell.getCTCell().setT(STCellType.INLINE_STR);
        return cell.getCTCell().addNewIs();
    }
}
