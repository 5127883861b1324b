package be.veerkracht.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A tool (mould, die, fixture) at a supplier, serving one or more parts.
 *
 * @param parts              the parts it makes, sorted, at least one
 * @param replacementCostEur what a new one costs, EUR; null when unknown
 * @param rebuildDays        days to build a replacement; null when unknown
 * @param owner              who owns it; null when unknown
 * @param lifeRemainingShots shots (cycles) left before it must be refurbished; null when unknown
 */
public record Tool(
        ToolId id,
        SupplierId supplier,
        List<PartId> parts,
        BigDecimal replacementCostEur,
        Integer rebuildDays,
        ToolOwner owner,
        Long lifeRemainingShots) {

    public Tool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(supplier, "supplier");
        parts = parts.stream().distinct().sorted().toList();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("tool " + id + " serves no part");
        }
        replacementCostEur = Checks.nonNegativeOrNull(replacementCostEur, "replacement_cost_eur");
        Checks.nonNegativeOrNull(rebuildDays, "rebuild_days");
        if (lifeRemainingShots != null && lifeRemainingShots < 0) {
            throw new IllegalArgumentException("life_remaining_shots must be >= 0, got " + lifeRemainingShots);
        }
    }
}
