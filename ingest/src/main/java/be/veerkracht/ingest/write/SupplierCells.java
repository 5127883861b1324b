package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.Supplier;
import java.util.List;
import java.util.Map;

/** The {@code suppliers} sheet: one row per supplier legal entity. */
final class SupplierCells implements SheetCells<Supplier> {

    @Override
    public Sheet sheet() {
        return Sheet.SUPPLIERS;
    }

    @Override
    public List<Supplier> records(Portfolio portfolio) {
        return portfolio.suppliers();
    }

    @Override
    public CellValue cell(Supplier supplier, String column) {
        return switch (column) {
            case "supplier_id" -> CellValue.text(supplier.id().value());
            case "name" -> CellValue.text(supplier.name());
            case "country" -> CellValue.text(supplier.country().alpha2());
            case "city" -> CellValue.text(supplier.city());
            case "parent_group" -> CellValue.text(supplier.parentGroup());
            case "capacity_units_per_year" -> CellValue.measure(supplier.capacityUnitsPerYear());
            default -> throw SheetCells.unknownColumn(sheet(), column);
        };
    }

    @Override
    public Map<String, String> attributes(Supplier supplier) {
        return supplier.attributes();
    }
}
