package be.veerkracht.tooling;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What deciding on a second tool (mould, die, fixture) needs.
 *
 * @param investmentEur       price of the second tool, EUR
 * @param stopShareWithout    expected share of the year's days without production with one tool (the article's
 *                            "risico productiestilstand/jaar", 5 % → 0.05), 0..1
 * @param stopShareWith       the same with a second tool at another supplier, 0..1, at most {@code stopShareWithout}
 * @param costPerDayEur       what a day without the part costs (lost margin, penalties), EUR
 * @param lifeYears           years the tool serves, &ge; 1
 * @param discountRate        yearly rate the company discounts cash flows at (its cost of capital), &ge; 0
 * @param annualCostEur       yearly cost of keeping the second tool (maintenance, storage, trial runs), EUR, &ge; 0
 */
public record ToolingRoiInput(BigDecimal investmentEur, BigDecimal stopShareWithout, BigDecimal stopShareWith,
                              BigDecimal costPerDayEur, int lifeYears, BigDecimal discountRate,
                              BigDecimal annualCostEur, Subsidy subsidy) {

    /** Five years at 8 %: a common tool life and an SME's cost of capital; shown with every result. */
    public static final int DEFAULT_LIFE_YEARS = 5;
    public static final BigDecimal DEFAULT_DISCOUNT_RATE = new BigDecimal("0.08");

    public ToolingRoiInput {
        nonNegative(investmentEur, "investment");
        share(stopShareWithout, "stop share without a second tool");
        share(stopShareWith, "stop share with a second tool");
        if (stopShareWith.compareTo(stopShareWithout) > 0) {
            throw new IllegalArgumentException("the stop share with a second tool (" + stopShareWith.toPlainString()
                    + ") cannot exceed the share without (" + stopShareWithout.toPlainString() + ")");
        }
        nonNegative(costPerDayEur, "cost per day");
        if (lifeYears < 1) {
            throw new IllegalArgumentException("tool life must be at least 1 year, got " + lifeYears);
        }
        nonNegative(discountRate, "discount rate");
        nonNegative(annualCostEur, "annual cost of the second tool");
        Objects.requireNonNull(subsidy, "subsidy");
    }

    /** The article's case with the defaults for what it leaves open. */
    public static ToolingRoiInput of(BigDecimal investmentEur, BigDecimal stopShareWithout, BigDecimal stopShareWith,
                                     BigDecimal costPerDayEur) {
        return new ToolingRoiInput(investmentEur, stopShareWithout, stopShareWith, costPerDayEur, DEFAULT_LIFE_YEARS,
                DEFAULT_DISCOUNT_RATE, BigDecimal.ZERO, Subsidy.NONE);
    }

    private static void nonNegative(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + value.toPlainString());
        }
    }

    private static void share(BigDecimal value, String what) {
        nonNegative(value, what);
        if (value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be within 0..1, got " + value.toPlainString());
        }
    }
}
