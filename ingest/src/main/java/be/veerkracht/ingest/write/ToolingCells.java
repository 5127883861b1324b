package be.veerkracht.ingest.write;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.ToolRow;
import java.util.List;
import java.util.Map;

/**
 * The {@code tooling} sheet: one row per tool and part it serves, the tool's own fields repeated on each row (as
 * the reader requires them to agree).
 */
final class ToolingCells implements SheetCells<ToolRow> {

    @Override
    public Sheet sheet() {
        return Sheet.TOOLING;
    }

    @Override
    public List<ToolRow> records(Portfolio portfolio) {
        return portfolio.tools().stream()
                .flatMap(tool -> tool.parts().stream().map(part -> new ToolRow(tool.id(), part, tool.supplier(),
                        tool.replacementCostEur(), tool.rebuildDays(), tool.owner(), tool.lifeRemainingShots())))
                .toList();
    }

    @Override
    public CellValue cell(ToolRow row, String column) {
        return switch (column) {
            case "tool_id" -> CellValue.text(row.id().value());
            case "part_id" -> CellValue.text(row.part().value());
            case "supplier_id" -> CellValue.text(row.supplier().value());
            case "replacement_cost_eur" -> CellValue.money(row.replacementCostEur());
            case "rebuild_days" -> CellValue.whole(row.rebuildDays());
            case "owner" -> CellValue.text(row.owner() == null ? null : row.owner().code());
            case "life_remaining_shots" -> CellValue.whole(row.lifeRemainingShots());
            default -> throw SheetCells.unknownColumn(sheet(), column);
        };
    }

    /** Tools have no extra columns in the model. */
    @Override
    public Map<String, String> attributes(ToolRow row) {
        return Map.of();
    }
}
