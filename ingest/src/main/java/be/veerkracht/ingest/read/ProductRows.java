package be.veerkracht.ingest.read;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.Product;
import java.util.Map;

/** The optional {@code products} sheet: our own products, one row each; extra columns kept as attributes. */
final class ProductRows implements SheetRows {

    @Override
    public Sheet sheet() {
        return Sheet.PRODUCTS;
    }

    @Override
    public void read(RowFields f, Map<String, String> extras, PortfolioAssembly assembly) {
        var id = Ids.product(f, "product_id");
        String name = f.requiredText("name");
        String dualUse = f.matching("dual_use_code", Part.DUAL_USE_CODE, ProblemKey.NOT_A_DUAL_USE_CODE);
        String hs = HsCodes.read(f, "hs_code");
        if (f.clean()) {
            assembly.add(new Product(id, name, dualUse, hs, extras), f.origin());
        } else if (id != null) {
            assembly.unreadable(id);
        }
    }
}
