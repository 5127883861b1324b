package be.veerkracht.sourcing.landed;

import be.veerkracht.action.Action.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line of a landed cost: EUR per unit and per year, or unknown (both null) with the reason in the explanation.
 * Price, freight and duty are exact; the carrying, ordering and carbon lines are estimates computed in floating
 * point and rounded to {@value #ESTIMATE_SCALE} decimals.
 *
 * @param eurPerUnit EUR per unit; null when unknown
 * @param eurPerYear EUR per year at the option's annual volume; null when unknown
 * @param why        the inputs, assumptions and formula, in words: translatable sentences ({@link LandedCostText}),
 *                   shown joined by {@value #SEPARATOR}
 */
public record CostLine(CostItem item, BigDecimal eurPerUnit, BigDecimal eurPerYear, List<Text> why) {

    /** Decimals of an estimated line. */
    public static final int ESTIMATE_SCALE = 4;

    /** Between the sentences of an explanation. */
    public static final String SEPARATOR = "; ";

    public CostLine {
        Objects.requireNonNull(item, "item");
        if ((eurPerUnit == null) != (eurPerYear == null)) {
            throw new IllegalArgumentException("a line is known per unit and per year, or neither");
        }
        why = List.copyOf(why);
        if (why.isEmpty()) {
            throw new IllegalArgumentException("a line needs its explanation");
        }
    }

    /** A line that could not be computed, with the reason. */
    public static CostLine unknown(CostItem item, Text reason) {
        return new CostLine(item, null, null, List.of(reason));
    }

    public boolean known() {
        return eurPerUnit != null;
    }

    /** The explanation in English (the JSON's and the command line's {@code explanation}). */
    public String explanation() {
        return explanation(Locale.ENGLISH);
    }

    /** The explanation in a language. */
    public String explanation(Locale locale) {
        return why.stream().map(text -> text.in(locale)).collect(Collectors.joining(SEPARATOR));
    }
}
