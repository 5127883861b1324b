package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Portfolio;
import java.util.List;
import java.util.Map;

/**
 * How one sheet's rows come out of a portfolio: the records, each schema column's cell by column name, and the
 * record's extra columns. A column the schema gains but this mapping lacks fails at once, never writes silently
 * empty.
 *
 * @param <T> the record behind one row
 */
interface SheetCells<T> {

    Sheet sheet();

    /** The records in the portfolio's order (sorted by key). */
    List<T> records(Portfolio portfolio);

    /** The cell of {@code column}, a name from {@link Sheet#columns()}. */
    CellValue cell(T record, String column);

    /** Extra columns the ERP had, by header. */
    Map<String, String> attributes(T record);

    /** For a {@code default} branch: the schema has a column this mapping does not know. */
    static IllegalStateException unknownColumn(Sheet sheet, String column) {
        return new IllegalStateException("no writer for column '" + column + "' of sheet " + sheet.sheetName());
    }
}
