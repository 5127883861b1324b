package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import java.util.List;
import java.util.Map;

/** The {@code parts} sheet: one row per part. */
final class PartCells implements SheetCells<Part> {

    @Override
    public Sheet sheet() {
        return Sheet.PARTS;
    }

    @Override
    public List<Part> records(Portfolio portfolio) {
        return portfolio.parts();
    }

    @Override
    public CellValue cell(Part part, String column) {
        return switch (column) {
            case "part_id" -> CellValue.text(part.id().value());
            case "description" -> CellValue.text(part.description());
            case "category" -> CellValue.text(part.category());
            case "part_family" -> CellValue.text(part.partFamily());
            case "annual_demand_units" -> CellValue.measure(part.annualDemandUnits());
            case "weekly_demand_sd_units" -> CellValue.measure(part.weeklyDemandSdUnits());
            case "uom" -> CellValue.text(part.uom());
            case "criticality" -> CellValue.text(part.criticality().name());
            case "margin_eur_per_unit" -> CellValue.money(part.marginEurPerUnit());
            case "shortage_cost_eur_per_unit" -> CellValue.money(part.shortageCostEurPerUnit());
            case "on_hand_units" -> CellValue.measure(part.onHandUnits());
            case "dual_use_code" -> CellValue.text(part.dualUseCode());
            // Text, not a number: an HS code may start with 0 (chapter 01-09) and must keep it.
            case "hs_code" -> CellValue.text(part.hsCode());
            case "weight_kg" -> CellValue.measure(part.weightKg());
            default -> throw SheetCells.unknownColumn(sheet(), column);
        };
    }

    @Override
    public Map<String, String> attributes(Part part) {
        return part.attributes();
    }
}
