package be.veerkracht.ingest.read;

import java.util.List;

/**
 * A sheet of a workbook or one CSV file: its header (row 1 as the user sees it) and its non-empty data rows.
 *
 * @param file   the file name the user gave, e.g. {@code portfolio.xlsx} or {@code sourcing.csv}
 * @param sheet  the sheet name inside a workbook, null for CSV
 * @param header the column names as written, in order
 * @param marks  how numbers written as text are to be read
 */
public record Table(String file, String sheet, List<String> header, List<Row> rows, DecimalMark marks) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row with its number as a spreadsheet shows it (header = 1). */
    public record Row(int number, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : Cell.EMPTY;
        }
    }
}
