package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.HeaderName;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Portfolio;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A portfolio as the tables of its file: {@code parts}, {@code suppliers}, {@code sourcing}, and each optional
 * sheet ({@code tooling}, {@code products}, {@code bom}, {@code customers}) only when it has rows. Columns follow {@link Sheet}; after them come the records' attributes (the extra ERP
 * columns), the union of their keys per sheet in sorted order, empty where a record lacks one.
 */
final class PortfolioTables {

    private static final List<SheetCells<?>> SHEETS =
            List.of(new PartCells(), new SupplierCells(), new SourcingCells(), new ToolingCells(),
                    new ProductCells(), new BomCells(), new CustomerCells());

    private final Portfolio portfolio;

    PortfolioTables(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    List<SheetTable> tables() {
        List<SheetTable> tables = new ArrayList<>();
        for (SheetCells<?> sheet : SHEETS) {
            if (sheet.sheet().required() || !sheet.records(portfolio).isEmpty()) {
                tables.add(table(sheet));
            }
        }
        return tables;
    }

    private <T> SheetTable table(SheetCells<T> cells) {
        Sheet sheet = cells.sheet();
        List<T> records = cells.records(portfolio);
        List<String> extras = extraColumns(sheet, records.stream().map(cells::attributes).toList());
        List<String> header = new ArrayList<>(sheet.columns().stream().map(Column::name).toList());
        header.addAll(extras);
        List<List<CellValue>> rows = new ArrayList<>(records.size());
        for (T record : records) {
            List<CellValue> row = new ArrayList<>(header.size());
            sheet.columns().forEach(column -> row.add(cells.cell(record, column.name())));
            Map<String, String> attributes = cells.attributes(record);
            extras.forEach(extra -> row.add(CellValue.text(attributes.get(extra))));
            rows.add(row);
        }
        return new SheetTable(sheet, header, rows);
    }

    /**
     * The sorted union of attribute keys. A key the reader would take for a schema column, or for another key
     * ({@code Buyer} and {@code buyer}), is refused: the file would not read back to this portfolio.
     */
    static List<String> extraColumns(Sheet sheet, List<Map<String, String>> attributes) {
        SortedSet<String> keys = new TreeSet<>();
        attributes.forEach(a -> keys.addAll(a.keySet()));
        Map<String, String> byHeaderName = new HashMap<>();
        for (String key : keys) {
            String name = HeaderName.normalise(key);
            if (name.isEmpty() || sheet.column(name).isPresent()) {
                throw new IllegalArgumentException("attribute '" + key + "' of sheet " + sheet.sheetName()
                        + " cannot be an extra column: it is blank or names a column of the sheet");
            }
            String earlier = byHeaderName.putIfAbsent(name, key);
            if (earlier != null) {
                throw new IllegalArgumentException("attributes '" + earlier + "' and '" + key + "' of sheet "
                        + sheet.sheetName() + " would be read as the same column");
            }
        }
        return List.copyOf(keys);
    }
}
