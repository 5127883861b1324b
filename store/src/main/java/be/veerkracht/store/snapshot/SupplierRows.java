package be.veerkracht.store.snapshot;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Suppliers of a snapshot: table {@code snapshot_supplier}, columns as in the {@code suppliers} sheet. */
final class SupplierRows implements SnapshotTable {

    static final String SHEET = "suppliers";

    private static final String INSERT = """
            INSERT INTO snapshot_supplier (snapshot_id, row_no, supplier_id, name, country, city, parent_group,
                capacity_units_per_year, attributes)
            VALUES (:snapshot_id, :row_no, :supplier_id, :name, :country, :city, :parent_group,
                :capacity_units_per_year, :attributes)""";

    private static final String SELECT =
            "SELECT * FROM snapshot_supplier WHERE snapshot_id = :snapshot_id ORDER BY row_no";

    @Override
    public void insert(Handle handle, long snapshotId, Portfolio portfolio) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        int rowNo = 0;
        for (Supplier supplier : portfolio.suppliers()) {
            batch.bind("snapshot_id", snapshotId)
                    .bind("row_no", ++rowNo)
                    .bind("supplier_id", supplier.id().value())
                    .bind("name", supplier.name())
                    .bind("country", supplier.country().alpha2())
                    .bind("city", supplier.city())
                    .bind("parent_group", supplier.parentGroup())
                    .bind("capacity_units_per_year", supplier.capacityUnitsPerYear())
                    .bind("attributes", AttributesJson.write(supplier.attributes()))
                    .add();
        }
        if (rowNo > 0) {
            batch.execute();
        }
    }

    @Override
    public void readInto(Handle handle, long snapshotId, PortfolioAssembly assembly) {
        StoredRows.readEach(handle, SELECT, snapshotId, SHEET, SupplierRows::supplier, assembly::add);
    }

    private static Supplier supplier(ResultSet row) throws SQLException {
        return new Supplier(
                new SupplierId(row.getString("supplier_id")),
                row.getString("name"),
                new CountryCode(row.getString("country")),
                row.getString("city"),
                row.getString("parent_group"),
                row.getObject("capacity_units_per_year", Double.class),
                AttributesJson.read(row.getString("attributes")));
    }
}
