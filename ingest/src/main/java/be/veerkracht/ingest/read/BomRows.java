package be.veerkracht.ingest.read;

import be.veerkracht.ingest.read.RowFields.Bound;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.BomLine;
import be.veerkracht.portfolio.PortfolioAssembly;
import java.util.Map;

/**
 * The optional {@code bom} sheet: one row per product and part it contains, with the units of the part in one unit
 * of the product (&gt; 0). Like {@code tooling}, it ignores extra columns.
 */
final class BomRows implements SheetRows {

    @Override
    public Sheet sheet() {
        return Sheet.BOM;
    }

    @Override
    public void read(RowFields f, Map<String, String> extras, PortfolioAssembly assembly) {
        var product = Ids.product(f, "product_id");
        var part = Ids.part(f, "part_id");
        Double quantity = f.number("quantity", Bound.POSITIVE, true);
        if (f.clean()) {
            assembly.add(new BomLine(product, part, quantity), f.origin());
        }
    }
}
