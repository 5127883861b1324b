package be.veerkracht.store.snapshot;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.portfolio.LeadTime;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Price;
import be.veerkracht.portfolio.Qualification;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.geo.TransportMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Sourcing links of a snapshot: table {@code snapshot_sourcing}, columns as in the {@code sourcing} sheet. The
 * price is stored as booked ({@code unit_price_eur} for {@code price_per_quantity} units), not per unit, so no
 * division is ever stored rounded.
 */
final class SourcingRows implements SnapshotTable {

    static final String SHEET = "sourcing";

    private static final String INSERT = """
            INSERT INTO snapshot_sourcing (snapshot_id, row_no, part_id, supplier_id, site, share, unit_price_eur,
                price_per_quantity, lead_time_days, lead_time_sd_days, transit_days, origin_country, transport_mode,
                incoterm, capacity_units_per_year, recovery_days, ramp_up_days, qualified, qualification_days,
                qualification_cost_eur, payment_terms_days, attributes)
            VALUES (:snapshot_id, :row_no, :part_id, :supplier_id, :site, :share, :unit_price_eur,
                :price_per_quantity, :lead_time_days, :lead_time_sd_days, :transit_days, :origin_country,
                :transport_mode, :incoterm, :capacity_units_per_year, :recovery_days, :ramp_up_days, :qualified,
                :qualification_days, :qualification_cost_eur, :payment_terms_days, :attributes)""";

    private static final String SELECT =
            "SELECT * FROM snapshot_sourcing WHERE snapshot_id = :snapshot_id ORDER BY row_no";

    @Override
    public void insert(Handle handle, long snapshotId, Portfolio portfolio) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        int rowNo = 0;
        for (SourcingLink link : portfolio.links()) {
            Qualification qualification = link.qualification();
            batch.bind("snapshot_id", snapshotId)
                    .bind("row_no", ++rowNo)
                    .bind("part_id", link.part().value())
                    .bind("supplier_id", link.supplier().value())
                    .bind("site", link.site())
                    .bind("share", link.share())
                    .bind("unit_price_eur", link.price().amountEur())
                    .bind("price_per_quantity", link.price().perQuantity())
                    .bind("lead_time_days", link.leadTime().days())
                    .bind("lead_time_sd_days", link.leadTime().sdDays())
                    .bind("transit_days", link.leadTime().transitDays())
                    .bind("origin_country", link.originCountry().alpha2())
                    .bind("transport_mode", link.transportMode() == null ? null : link.transportMode().code())
                    .bind("incoterm", link.incoterm())
                    .bind("capacity_units_per_year", link.capacityUnitsPerYear())
                    .bind("recovery_days", link.recoveryDays())
                    .bind("ramp_up_days", link.rampUpDays())
                    .bind("qualified", qualification.qualified())
                    .bind("qualification_days", qualification.days())
                    .bind("qualification_cost_eur", qualification.costEur())
                    .bind("payment_terms_days", link.paymentTermsDays())
                    .bind("attributes", AttributesJson.write(link.attributes()))
                    .add();
        }
        if (rowNo > 0) {
            batch.execute();
        }
    }

    @Override
    public void readInto(Handle handle, long snapshotId, PortfolioAssembly assembly) {
        StoredRows.readEach(handle, SELECT, snapshotId, SHEET, SourcingRows::link, assembly::add);
    }

    private static SourcingLink link(ResultSet row) throws SQLException {
        String transportMode = row.getString("transport_mode");
        return new SourcingLink(
                new PartId(row.getString("part_id")),
                new SupplierId(row.getString("supplier_id")),
                row.getString("site"),
                row.getDouble("share"),
                new Price(row.getBigDecimal("unit_price_eur"), row.getBigDecimal("price_per_quantity")),
                new LeadTime(row.getDouble("lead_time_days"), row.getDouble("lead_time_sd_days"),
                        row.getObject("transit_days", Double.class)),
                new CountryCode(row.getString("origin_country")),
                transportMode == null ? null : TransportMode.valueOf(transportMode.toUpperCase(Locale.ROOT)),
                row.getString("incoterm"),
                row.getObject("capacity_units_per_year", Double.class),
                row.getObject("recovery_days", Integer.class),
                row.getObject("ramp_up_days", Integer.class),
                new Qualification(row.getBoolean("qualified"), row.getObject("qualification_days", Integer.class),
                        row.getBigDecimal("qualification_cost_eur")),
                row.getObject("payment_terms_days", Integer.class),
                AttributesJson.read(row.getString("attributes")));
    }
}
