package be.veerkracht.portfolio;

import java.math.BigDecimal;

/**
 * Whether a source is approved to deliver, and what approving it would take.
 *
 * @param qualified true when the source may deliver today
 * @param days      calendar days to qualify it (PPAP, first-article inspection); null when unknown
 * @param costEur   one-off cost to qualify it, EUR; null when unknown
 */
public record Qualification(boolean qualified, Integer days, BigDecimal costEur) {

    /** An approved source with no qualification data. */
    public static final Qualification QUALIFIED = new Qualification(true, null, null);

    public Qualification {
        Checks.nonNegativeOrNull(days, "qualification_days");
        costEur = Checks.nonNegativeOrNull(costEur, "qualification_cost_eur");
    }
}
