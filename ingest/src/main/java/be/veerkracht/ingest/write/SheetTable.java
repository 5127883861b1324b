package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Sheet;
import java.util.List;

/**
 * One sheet of a portfolio as rows of cells, ready for any format.
 *
 * @param header the schema's columns in {@link Sheet} order, then the extra (attribute) columns, sorted
 * @param rows   one list of cells per row, as long as the header
 */
record SheetTable(Sheet sheet, List<String> header, List<List<CellValue>> rows) {

    SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** How many columns come from the schema; the rest are attributes. */
    int schemaColumns() {
        return sheet.columns().size();
    }

    boolean required(int column) {
        return column < schemaColumns() && sheet.columns().get(column).required();
    }
}
