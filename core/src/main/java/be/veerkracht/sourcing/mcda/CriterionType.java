package be.veerkracht.sourcing.mcda;

import java.util.Locale;

/** Whether more of a criterion is better (benefit) or worse (cost). */
public enum CriterionType {
    /** More is better, e.g. political stability. */
    BENEFIT,
    /** Less is better, e.g. transit days or a wage index. */
    COST;

    /** The spelling in files and on the command line: {@code benefit}, {@code cost}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code benefit}/{@code cost} in any case (also {@code max}/{@code min}, {@code +}/{@code -}). */
    public static CriterionType parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "benefit", "max", "+" -> BENEFIT;
            case "cost", "min", "-" -> COST;
            default -> throw new IllegalArgumentException("criterion type must be benefit or cost, got '" + text + "'");
        };
    }
}
