package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Customer;
import be.veerkracht.portfolio.Portfolio;
import java.util.List;
import java.util.Map;

/** The optional {@code customers} sheet: one row per customer. */
final class CustomerCells implements SheetCells<Customer> {

    @Override
    public Sheet sheet() {
        return Sheet.CUSTOMERS;
    }

    @Override
    public List<Customer> records(Portfolio portfolio) {
        return portfolio.customers();
    }

    @Override
    public CellValue cell(Customer customer, String column) {
        return switch (column) {
            case "customer_id" -> CellValue.text(customer.id().value());
            case "name" -> CellValue.text(customer.name());
            case "country" -> CellValue.text(customer.country().alpha2());
            case "end_use" -> CellValue.text(customer.endUse());
            default -> throw SheetCells.unknownColumn(sheet(), column);
        };
    }

    @Override
    public Map<String, String> attributes(Customer customer) {
        return customer.attributes();
    }
}
