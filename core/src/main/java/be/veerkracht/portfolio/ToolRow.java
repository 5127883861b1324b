package be.veerkracht.portfolio;

import java.math.BigDecimal;

/** One row of the {@code tooling} sheet: a tool serving several parts comes as several rows with one id. */
public record ToolRow(
        ToolId id,
        PartId part,
        SupplierId supplier,
        BigDecimal replacementCostEur,
        Integer rebuildDays,
        ToolOwner owner,
        Long lifeRemainingShots) {

    /** The tool-level fields, which every row of one tool must repeat identically. */
    Object toolLevelFields(String field) {
        return switch (field) {
            case "supplier_id" -> supplier;
            case "replacement_cost_eur" -> ExactAmounts.normalised(replacementCostEur);
            case "rebuild_days" -> rebuildDays;
            case "owner" -> owner;
            case "life_remaining_shots" -> lifeRemainingShots;
            default -> throw new IllegalArgumentException(field);
        };
    }

    static final java.util.List<String> TOOL_LEVEL_FIELDS =
            java.util.List.of("supplier_id", "replacement_cost_eur", "rebuild_days", "owner", "life_remaining_shots");
}
