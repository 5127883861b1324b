package be.veerkracht.inventory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The company's money terms for holding a buffer.
 *
 * @param costOfCapital       yearly rate capital tied up costs (WACC or the overdraft rate), e.g. 0.08
 * @param holdingRate         yearly storage, handling, insurance and obsolescence as a share of the stock's value,
 *                            e.g. 0.10 (paid whoever owns the stock, since it sits in our warehouse)
 * @param consignmentUplift   the price increase a supplier asks to carry the stock on consignment, e.g. 0.02
 * @param financeExtraDays    days supply-chain finance adds to the payment terms, e.g. 60
 * @param financeRate         yearly rate the buyer pays for that extension (0 when the supplier bears it, as in
 *                            classic reverse factoring)
 */
public record CapitalTerms(BigDecimal costOfCapital, BigDecimal holdingRate, BigDecimal consignmentUplift,
                           int financeExtraDays, BigDecimal financeRate) {

    /** Illustrative defaults, shown with every result: 8 % capital, 10 % holding, 2 % uplift, +60 days at 0 %. */
    public static final CapitalTerms DEFAULT = new CapitalTerms(new BigDecimal("0.08"), new BigDecimal("0.10"),
            new BigDecimal("0.02"), 60, BigDecimal.ZERO);

    public CapitalTerms {
        rate(costOfCapital, "cost of capital");
        rate(holdingRate, "holding rate");
        rate(consignmentUplift, "consignment uplift");
        rate(financeRate, "finance rate");
        if (financeExtraDays < 0) {
            throw new IllegalArgumentException("finance extra days must be >= 0, got " + financeExtraDays);
        }
    }

    private static void rate(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be within 0..1, got " + value.toPlainString());
        }
    }
}
