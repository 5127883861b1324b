package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.Product;
import java.util.List;
import java.util.Map;

/** The optional {@code products} sheet: one row per product of our own. */
final class ProductCells implements SheetCells<Product> {

    @Override
    public Sheet sheet() {
        return Sheet.PRODUCTS;
    }

    @Override
    public List<Product> records(Portfolio portfolio) {
        return portfolio.products();
    }

    @Override
    public CellValue cell(Product product, String column) {
        return switch (column) {
            case "product_id" -> CellValue.text(product.id().value());
            case "name" -> CellValue.text(product.name());
            case "dual_use_code" -> CellValue.text(product.dualUseCode());
            // Text, not a number: an HS code may start with 0 and must keep it.
            case "hs_code" -> CellValue.text(product.hsCode());
            default -> throw SheetCells.unknownColumn(sheet(), column);
        };
    }

    @Override
    public Map<String, String> attributes(Product product) {
        return product.attributes();
    }
}
