package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.BomLine;
import be.veerkracht.portfolio.Portfolio;
import java.util.List;
import java.util.Map;

/** The optional {@code bom} sheet: one row per product and part it contains. */
final class BomCells implements SheetCells<BomLine> {

    @Override
    public Sheet sheet() {
        return Sheet.BOM;
    }

    @Override
    public List<BomLine> records(Portfolio portfolio) {
        return portfolio.bom();
    }

    @Override
    public CellValue cell(BomLine line, String column) {
        return switch (column) {
            case "product_id" -> CellValue.text(line.product().value());
            case "part_id" -> CellValue.text(line.part().value());
            case "quantity" -> CellValue.measure(line.quantity());
            default -> throw SheetCells.unknownColumn(sheet(), column);
        };
    }

    /** BOM lines have no extra columns in the model. */
    @Override
    public Map<String, String> attributes(BomLine line) {
        return Map.of();
    }
}
