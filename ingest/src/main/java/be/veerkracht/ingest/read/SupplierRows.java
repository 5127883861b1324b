package be.veerkracht.ingest.read;

import be.veerkracht.ingest.read.RowFields.Bound;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Supplier;
import java.util.Map;

/** The {@code suppliers} sheet. */
final class SupplierRows implements SheetRows {

    @Override
    public Sheet sheet() {
        return Sheet.SUPPLIERS;
    }

    @Override
    public void read(RowFields f, Map<String, String> extras, PortfolioAssembly assembly) {
        var id = Ids.supplier(f, "supplier_id");
        String name = f.requiredText("name");
        var country = f.country("country", true);
        Double capacity = f.number("capacity_units_per_year", Bound.NON_NEGATIVE, false);
        if (f.clean()) {
            assembly.add(new Supplier(id, name, country, f.text("city"), f.text("parent_group"), capacity, extras),
                    f.origin());
        } else if (id != null) {
            assembly.unreadable(id);
        }
    }
}
