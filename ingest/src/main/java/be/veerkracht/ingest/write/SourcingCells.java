package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import java.util.List;
import java.util.Map;

/**
 * The {@code sourcing} sheet: one row per source of a part. Share is written as a fraction (0.8), the price with its
 * price unit, {@code qualified} always (the model has no "unknown"), the origin country always (a portfolio has
 * resolved it).
 */
final class SourcingCells implements SheetCells<SourcingLink> {

    @Override
    public Sheet sheet() {
        return Sheet.SOURCING;
    }

    @Override
    public List<SourcingLink> records(Portfolio portfolio) {
        return portfolio.links();
    }

    @Override
    public CellValue cell(SourcingLink link, String column) {
        return switch (column) {
            case "part_id" -> CellValue.text(link.part().value());
            case "supplier_id" -> CellValue.text(link.supplier().value());
            case "share" -> CellValue.measure(link.share());
            case "unit_price_eur" -> CellValue.money(link.price().amountEur());
            case "price_per_quantity" -> CellValue.decimal(link.price().perQuantity());
            case "lead_time_days" -> CellValue.measure(link.leadTime().days());
            case "lead_time_sd_days" -> CellValue.measure(link.leadTime().sdDays());
            case "transit_days" -> CellValue.measure(link.leadTime().transitDays());
            case "origin_country" -> CellValue.text(link.originCountry() == null ? null
                    : link.originCountry().alpha2());
            case "site" -> CellValue.text(link.site());
            case "capacity_units_per_year" -> CellValue.measure(link.capacityUnitsPerYear());
            case "transport_mode" -> CellValue.text(link.transportMode() == null ? null
                    : link.transportMode().code());
            case "incoterm" -> CellValue.text(link.incoterm());
            case "qualified" -> CellValue.flag(link.qualification().qualified());
            case "recovery_days" -> CellValue.whole(link.recoveryDays());
            case "ramp_up_days" -> CellValue.whole(link.rampUpDays());
            case "qualification_days" -> CellValue.whole(link.qualification().days());
            case "qualification_cost_eur" -> CellValue.money(link.qualification().costEur());
            case "payment_terms_days" -> CellValue.whole(link.paymentTermsDays());
            default -> throw SheetCells.unknownColumn(sheet(), column);
        };
    }

    @Override
    public Map<String, String> attributes(SourcingLink link) {
        return link.attributes();
    }
}
