package be.veerkracht.store.snapshot;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.Customer;
import be.veerkracht.portfolio.CustomerId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Customers in a snapshot: table {@code snapshot_customer}, columns as in the {@code customers} sheet. */
final class CustomerRows implements SnapshotTable {

    static final String SHEET = "customers";

    private static final String INSERT = """
            INSERT INTO snapshot_customer (snapshot_id, row_no, customer_id, name, country, end_use, attributes)
            VALUES (:snapshot_id, :row_no, :customer_id, :name, :country, :end_use, :attributes)""";

    private static final String SELECT =
            "SELECT * FROM snapshot_customer WHERE snapshot_id = :snapshot_id ORDER BY row_no";

    @Override
    public void insert(Handle handle, long snapshotId, Portfolio portfolio) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        int rowNo = 0;
        for (Customer customer : portfolio.customers()) {
            batch.bind("snapshot_id", snapshotId)
                    .bind("row_no", ++rowNo)
                    .bind("customer_id", customer.id().value())
                    .bind("name", customer.name())
                    .bind("country", customer.country().alpha2())
                    .bind("end_use", customer.endUse())
                    .bind("attributes", AttributesJson.write(customer.attributes()))
                    .add();
        }
        if (rowNo > 0) {
            batch.execute();
        }
    }

    @Override
    public void readInto(Handle handle, long snapshotId, PortfolioAssembly assembly) {
        StoredRows.readEach(handle, SELECT, snapshotId, SHEET, CustomerRows::customer, assembly::add);
    }

    private static Customer customer(ResultSet row) throws SQLException {
        return new Customer(
                new CustomerId(row.getString("customer_id")),
                row.getString("name"),
                new CountryCode(row.getString("country")),
                row.getString("end_use"),
                AttributesJson.read(row.getString("attributes")));
    }
}
