package be.veerkracht.ingest.write;

import be.veerkracht.portfolio.Portfolio;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a portfolio as an {@code .xlsx} workbook with the sheets {@code parts}, {@code suppliers},
 * {@code sourcing} and, when they have rows, {@code tooling}, {@code products}, {@code bom} and {@code customers}: row 1 the header, then one row per record, cells
 * typed (see {@link XlsxCellWriter} for how exact amounts survive Excel's doubles).
 *
 * <p>Uses POI's streaming {@link SXSSFWorkbook}, which keeps only {@value #ROWS_IN_MEMORY} rows per sheet in memory
 * and flushes older rows to a temporary file: a 100,000-part portfolio writes in memory independent of its size,
 * where the in-memory {@code XSSFWorkbook} keeps every cell as an XML object until the end.
 */
public final class XlsxPortfolioWriter {

    /** Rows per sheet kept in memory before they are flushed to disk (POI's default window). */
    public static final int ROWS_IN_MEMORY = SXSSFWorkbook.DEFAULT_WINDOW_SIZE;

    /** Rows an xlsx sheet holds below its header (Excel 2007 and later: 1,048,576 rows in all). */
    public static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    public void write(Portfolio portfolio, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(portfolio, out);
        }
    }

    /** Writes the workbook to {@code out}, which stays open. */
    public void write(Portfolio portfolio, OutputStream out) throws IOException {
        List<SheetTable> tables = new PortfolioTables(portfolio).tables();
        tables.forEach(XlsxPortfolioWriter::checkFits);
        // close() also deletes the temporary row files (POI 5.5 calls dispose() from close()).
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            XlsxHeaderRow header = new XlsxHeaderRow(workbook);
            for (SheetTable table : tables) {
                writeSheet(workbook.createSheet(table.sheet().sheetName()), table, header);
            }
            workbook.write(out);
        }
    }

    private static void writeSheet(Sheet sheet, SheetTable table, XlsxHeaderRow header) {
        header.write(sheet, table.header(), table::required);
        int rowNumber = 1;
        for (List<CellValue> cells : table.rows()) {
            Row row = sheet.createRow(rowNumber++);
            for (int i = 0; i < cells.size(); i++) {
                XlsxCellWriter.write(row, i, cells.get(i));
            }
        }
    }

    static void checkFits(SheetTable table) {
        if (table.rows().size() > MAX_DATA_ROWS) {
            throw new IllegalArgumentException("sheet " + table.sheet().sheetName() + " has " + table.rows().size()
                    + " rows; a workbook sheet holds at most " + MAX_DATA_ROWS + ": write a CSV folder instead");
        }
    }
}
