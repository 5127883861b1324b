package be.veerkracht.sourcing.landed;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a landed cost: EUR per unit and per year, or unknown (both null) with the reason in the explanation.
 * Price, freight and duty are exact; the carrying, ordering and carbon lines are estimates computed in floating
 * point and rounded to {@value #ESTIMATE_SCALE} decimals.
 *
 * @param eurPerUnit  EUR per unit; null when unknown
 * @param eurPerYear  EUR per year at the option's annual volume; null when unknown
 * @param explanation the inputs, assumptions and formula, in words
 */
public record CostLine(CostItem item, BigDecimal eurPerUnit, BigDecimal eurPerYear, String explanation) {

    /** Decimals of an estimated line. */
    public static final int ESTIMATE_SCALE = 4;

    public CostLine {
        Objects.requireNonNull(item, "item");
        if ((eurPerUnit == null) != (eurPerYear == null)) {
            throw new IllegalArgumentException("a line is known per unit and per year, or neither");
        }
        Objects.requireNonNull(explanation, "explanation");
    }

    /** A line that could not be computed, with the reason. */
    public static CostLine unknown(CostItem item, String reason) {
        return new CostLine(item, null, null, reason);
    }

    public boolean known() {
        return eurPerUnit != null;
    }
}
