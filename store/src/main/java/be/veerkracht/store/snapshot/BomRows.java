package be.veerkracht.store.snapshot;

import be.veerkracht.portfolio.BomLine;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.ProductId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Bills of materials in a snapshot: table {@code snapshot_bom}, one row per product and part, columns as in the
 * {@code bom} sheet. Written after {@code snapshot_product} and {@code snapshot_part}, which it references.
 */
final class BomRows implements SnapshotTable {

    static final String SHEET = "bom";

    private static final String INSERT = """
            INSERT INTO snapshot_bom (snapshot_id, row_no, product_id, part_id, quantity)
            VALUES (:snapshot_id, :row_no, :product_id, :part_id, :quantity)""";

    private static final String SELECT =
            "SELECT * FROM snapshot_bom WHERE snapshot_id = :snapshot_id ORDER BY row_no";

    @Override
    public void insert(Handle handle, long snapshotId, Portfolio portfolio) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        int rowNo = 0;
        for (BomLine line : portfolio.bom()) {
            batch.bind("snapshot_id", snapshotId)
                    .bind("row_no", ++rowNo)
                    .bind("product_id", line.product().value())
                    .bind("part_id", line.part().value())
                    .bind("quantity", line.quantity())
                    .add();
        }
        if (rowNo > 0) {
            batch.execute();
        }
    }

    @Override
    public void readInto(Handle handle, long snapshotId, PortfolioAssembly assembly) {
        StoredRows.readEach(handle, SELECT, snapshotId, SHEET, BomRows::line, assembly::add);
    }

    private static BomLine line(ResultSet row) throws SQLException {
        return new BomLine(
                new ProductId(row.getString("product_id")),
                new PartId(row.getString("part_id")),
                row.getDouble("quantity"));
    }
}
