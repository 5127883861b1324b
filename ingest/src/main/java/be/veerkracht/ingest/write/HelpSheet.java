package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.Sheet;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The template's {@code help} sheet: a title and how to fill in the template, then a table with, for every sheet
 * and column of {@link Sheet}, whether it is required ({@code *}), its unit, its meaning and an example, in the
 * user's language. The sheet name stays {@code help} in every language, so readers can skip it by name.
 */
final class HelpSheet {

    /** The sheet name. */
    static final String NAME = "help";

    /** Column widths, characters: sheet, column, required, unit, meaning, example. */
    private static final int[] WIDTHS = {12, 28, 14, 26, 90, 30};
    private static final int WIDTH_UNIT = 256;
    /** Rows: title, intro, blank, table header, then the table. */
    static final int TABLE_HEADER_ROW = 3;

    private final ColumnHelp help;

    HelpSheet(ColumnHelp help) {
        this.help = help;
    }

    void write(Workbook workbook, CellStyle bold) {
        org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(NAME);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * WIDTH_UNIT);
        }
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(help.label("title"));
        title.getCell(0).setCellStyle(bold);
        sheet.createRow(1).createCell(0).setCellValue(help.label("intro"));
        writeRow(sheet.createRow(TABLE_HEADER_ROW), bold, null, help.label("heading.sheet"),
                help.label("heading.column"), help.label("heading.required"), help.label("heading.unit"),
                help.label("heading.meaning"), help.label("heading.example"));
        int rowNumber = TABLE_HEADER_ROW + 1;
        for (Sheet portfolioSheet : Sheet.values()) {
            rowNumber = writeSheet(sheet, rowNumber, portfolioSheet, bold, wrapped);
        }
        sheet.createFreezePane(0, TABLE_HEADER_ROW + 1);
    }

    private int writeSheet(org.apache.poi.ss.usermodel.Sheet sheet, int rowNumber, Sheet portfolioSheet,
                           CellStyle bold, CellStyle wrapped) {
        String required = portfolioSheet.required() ? "" : help.label("sheet_optional");
        writeRow(sheet.createRow(rowNumber++), bold, wrapped, portfolioSheet.sheetName(), "", required, "",
                help.about(portfolioSheet), "");
        for (Column column : portfolioSheet.columns()) {
            writeRow(sheet.createRow(rowNumber++), null, wrapped, portfolioSheet.sheetName(), column.name(),
                    help.label(column.required() ? "required" : "optional"), help.unit(column),
                    help.meaning(portfolioSheet, column), help.example(portfolioSheet, column));
        }
        return rowNumber;
    }

    /** One row of six texts; {@code style} for the whole row (null for none), {@code wrapped} for the meaning. */
    private static void writeRow(Row row, CellStyle style, CellStyle wrapped, String... texts) {
        List<String> cells = List.of(texts);
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            } else if (i == 4 && wrapped != null) {
                cell.setCellStyle(wrapped);
            }
        }
    }
}
