package be.veerkracht.store.snapshot;

import be.veerkracht.portfolio.Criticality;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Parts of a snapshot: table {@code snapshot_part}, one row per part, columns as in the {@code parts} sheet. */
final class PartRows implements SnapshotTable {

    static final String SHEET = "parts";

    private static final String INSERT = """
            INSERT INTO snapshot_part (snapshot_id, row_no, part_id, description, category, part_family,
                annual_demand_units, weekly_demand_sd_units, uom, criticality, margin_eur_per_unit,
                shortage_cost_eur_per_unit, on_hand_units, dual_use_code, hs_code, weight_kg, attributes)
            VALUES (:snapshot_id, :row_no, :part_id, :description, :category, :part_family,
                :annual_demand_units, :weekly_demand_sd_units, :uom, :criticality, :margin_eur_per_unit,
                :shortage_cost_eur_per_unit, :on_hand_units, :dual_use_code, :hs_code, :weight_kg, :attributes)""";

    private static final String SELECT = "SELECT * FROM snapshot_part WHERE snapshot_id = :snapshot_id ORDER BY row_no";

    @Override
    public void insert(Handle handle, long snapshotId, Portfolio portfolio) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        int rowNo = 0;
        for (Part part : portfolio.parts()) {
            batch.bind("snapshot_id", snapshotId)
                    .bind("row_no", ++rowNo)
                    .bind("part_id", part.id().value())
                    .bind("description", part.description())
                    .bind("category", part.category())
                    .bind("part_family", part.partFamily())
                    .bind("annual_demand_units", part.annualDemandUnits())
                    .bind("weekly_demand_sd_units", part.weeklyDemandSdUnits())
                    .bind("uom", part.uom())
                    .bind("criticality", part.criticality().name())
                    .bind("margin_eur_per_unit", part.marginEurPerUnit())
                    .bind("shortage_cost_eur_per_unit", part.shortageCostEurPerUnit())
                    .bind("on_hand_units", part.onHandUnits())
                    .bind("dual_use_code", part.dualUseCode())
                    .bind("hs_code", part.hsCode())
                    .bind("weight_kg", part.weightKg())
                    .bind("attributes", AttributesJson.write(part.attributes()))
                    .add();
        }
        if (rowNo > 0) {
            batch.execute();
        }
    }

    @Override
    public void readInto(Handle handle, long snapshotId, PortfolioAssembly assembly) {
        StoredRows.readEach(handle, SELECT, snapshotId, SHEET, PartRows::part, assembly::add);
    }

    private static Part part(ResultSet row) throws SQLException {
        return new Part(
                new PartId(row.getString("part_id")),
                row.getString("description"),
                row.getString("category"),
                row.getString("part_family"),
                row.getDouble("annual_demand_units"),
                row.getDouble("weekly_demand_sd_units"),
                row.getString("uom"),
                Criticality.valueOf(row.getString("criticality")),
                row.getBigDecimal("margin_eur_per_unit"),
                row.getBigDecimal("shortage_cost_eur_per_unit"),
                row.getDouble("on_hand_units"),
                row.getString("dual_use_code"),
                row.getString("hs_code"),
                row.getObject("weight_kg", Double.class),
                AttributesJson.read(row.getString("attributes")));
    }
}
