package be.veerkracht.store.snapshot;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.portfolio.ToolId;
import be.veerkracht.portfolio.ToolOwner;
import be.veerkracht.portfolio.ToolRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Tools of a snapshot: {@code snapshot_tool} (one row per tool) and {@code snapshot_tool_part} (one row per part
 * it makes). Read back as the {@code tooling} sheet's rows, one per tool and part, which the assembly joins.
 */
final class ToolRows implements SnapshotTable {

    static final String SHEET = "tooling";

    private static final String INSERT_TOOL = """
            INSERT INTO snapshot_tool (snapshot_id, row_no, tool_id, supplier_id, replacement_cost_eur,
                rebuild_days, owner, life_remaining_shots)
            VALUES (:snapshot_id, :row_no, :tool_id, :supplier_id, :replacement_cost_eur, :rebuild_days, :owner,
                :life_remaining_shots)""";

    private static final String INSERT_PART = """
            INSERT INTO snapshot_tool_part (snapshot_id, tool_id, part_id)
            VALUES (:snapshot_id, :tool_id, :part_id)""";

    private static final String SELECT = """
            SELECT t.row_no, t.tool_id, t.supplier_id, t.replacement_cost_eur, t.rebuild_days, t.owner,
                t.life_remaining_shots, p.part_id
            FROM snapshot_tool t
            JOIN snapshot_tool_part p ON p.snapshot_id = t.snapshot_id AND p.tool_id = t.tool_id
            WHERE t.snapshot_id = :snapshot_id
            ORDER BY t.row_no""";

    @Override
    public void insert(Handle handle, long snapshotId, Portfolio portfolio) {
        PreparedBatch tools = handle.prepareBatch(INSERT_TOOL);
        PreparedBatch parts = handle.prepareBatch(INSERT_PART);
        int rowNo = 0;
        for (Tool tool : portfolio.tools()) {
            tools.bind("snapshot_id", snapshotId)
                    .bind("row_no", ++rowNo)
                    .bind("tool_id", tool.id().value())
                    .bind("supplier_id", tool.supplier().value())
                    .bind("replacement_cost_eur", tool.replacementCostEur())
                    .bind("rebuild_days", tool.rebuildDays())
                    .bind("owner", tool.owner() == null ? null : tool.owner().code())
                    .bind("life_remaining_shots", tool.lifeRemainingShots())
                    .add();
            for (PartId part : tool.parts()) {
                parts.bind("snapshot_id", snapshotId)
                        .bind("tool_id", tool.id().value())
                        .bind("part_id", part.value())
                        .add();
            }
        }
        if (rowNo > 0) {
            tools.execute();
            parts.execute();
        }
    }

    /** The origin's row is the tool's row; its parts share it. */
    @Override
    public void readInto(Handle handle, long snapshotId, PortfolioAssembly assembly) {
        StoredRows.readEach(handle, SELECT, snapshotId, SHEET, ToolRows::toolRow, assembly::add);
    }

    private static ToolRow toolRow(ResultSet row) throws SQLException {
        String owner = row.getString("owner");
        return new ToolRow(
                new ToolId(row.getString("tool_id")),
                new PartId(row.getString("part_id")),
                new SupplierId(row.getString("supplier_id")),
                row.getBigDecimal("replacement_cost_eur"),
                row.getObject("rebuild_days", Integer.class),
                owner == null ? null : ToolOwner.valueOf(owner.toUpperCase(Locale.ROOT)),
                row.getObject("life_remaining_shots", Long.class));
    }
}
