package be.veerkracht.ingest.write;

import java.util.List;
import java.util.function.IntPredicate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The header row of a portfolio sheet: the column names exactly as the reader expects them, required ones in bold
 * (never marked in the text, so the header imports as is), frozen so it stays visible while scrolling, and columns
 * wide enough to read their names.
 */
final class XlsxHeaderRow {

    /** Column width bounds, characters. */
    static final int MIN_WIDTH = 10;
    static final int MAX_WIDTH = 40;
    /** POI column widths are in 1/256 of a character. */
    private static final int WIDTH_UNIT = 256;

    private final CellStyle bold;

    XlsxHeaderRow(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        this.bold = workbook.createCellStyle();
        this.bold.setFont(font);
    }

    void write(Sheet sheet, List<String> names, IntPredicate required) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            if (required.test(i)) {
                cell.setCellStyle(bold);
            }
            int width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, names.get(i).length() + 2));
            sheet.setColumnWidth(i, width * WIDTH_UNIT);
        }
        sheet.createFreezePane(0, 1);
    }

    CellStyle bold() {
        return bold;
    }
}
