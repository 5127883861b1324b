package be.veerkracht.store.snapshot;

import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Product;
import be.veerkracht.portfolio.ProductId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Our own products in a snapshot: table {@code snapshot_product}, columns as in the {@code products} sheet. */
final class ProductRows implements SnapshotTable {

    static final String SHEET = "products";

    private static final String INSERT = """
            INSERT INTO snapshot_product (snapshot_id, row_no, product_id, name, dual_use_code, hs_code, attributes)
            VALUES (:snapshot_id, :row_no, :product_id, :name, :dual_use_code, :hs_code, :attributes)""";

    private static final String SELECT =
            "SELECT * FROM snapshot_product WHERE snapshot_id = :snapshot_id ORDER BY row_no";

    @Override
    public void insert(Handle handle, long snapshotId, Portfolio portfolio) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        int rowNo = 0;
        for (Product product : portfolio.products()) {
            batch.bind("snapshot_id", snapshotId)
                    .bind("row_no", ++rowNo)
                    .bind("product_id", product.id().value())
                    .bind("name", product.name())
                    .bind("dual_use_code", product.dualUseCode())
                    .bind("hs_code", product.hsCode())
                    .bind("attributes", AttributesJson.write(product.attributes()))
                    .add();
        }
        if (rowNo > 0) {
            batch.execute();
        }
    }

    @Override
    public void readInto(Handle handle, long snapshotId, PortfolioAssembly assembly) {
        StoredRows.readEach(handle, SELECT, snapshotId, SHEET, ProductRows::product, assembly::add);
    }

    private static Product product(ResultSet row) throws SQLException {
        return new Product(
                new ProductId(row.getString("product_id")),
                row.getString("name"),
                row.getString("dual_use_code"),
                row.getString("hs_code"),
                AttributesJson.read(row.getString("attributes")));
    }
}
