package be.veerkracht.ingest.read;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Customer;
import be.veerkracht.portfolio.PortfolioAssembly;
import java.util.Map;

/** The optional {@code customers} sheet: one row per customer; extra columns kept as attributes. */
final class CustomerRows implements SheetRows {

    @Override
    public Sheet sheet() {
        return Sheet.CUSTOMERS;
    }

    @Override
    public void read(RowFields f, Map<String, String> extras, PortfolioAssembly assembly) {
        var id = Ids.customer(f, "customer_id");
        String name = f.requiredText("name");
        var country = f.country("country", true);
        if (f.clean()) {
            assembly.add(new Customer(id, name, country, f.text("end_use"), extras), f.origin());
        }
    }
}
