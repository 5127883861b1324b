package be.veerkracht.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A purchase price as the ERP books it: {@code amountEur} for {@code perQuantity} units (many ERPs price per 100
 * or per 1000). Both exact.
 */
public record Price(BigDecimal amountEur, BigDecimal perQuantity) {

    /** Price unit when the ERP gives none. */
    public static final BigDecimal DEFAULT_PER_QUANTITY = BigDecimal.ONE;

    /** Precision of a derived per-unit price: 34 significant digits (IEEE 754 decimal128), ample for EUR. */
    public static final MathContext PER_UNIT_PRECISION = MathContext.DECIMAL128;

    public Price {
        Objects.requireNonNull(amountEur, "amountEur");
        if (amountEur.signum() < 0) {
            throw new IllegalArgumentException("unit_price_eur must be >= 0, got " + amountEur.toPlainString());
        }
        amountEur = ExactAmounts.normalised(amountEur);
        perQuantity = perQuantity == null ? DEFAULT_PER_QUANTITY : perQuantity;
        if (perQuantity.signum() <= 0) {
            throw new IllegalArgumentException("price_per_quantity must be > 0, got " + perQuantity.toPlainString());
        }
        perQuantity = perQuantity.stripTrailingZeros();
        if (perQuantity.scale() < 0) {
            perQuantity = perQuantity.setScale(0);
        }
    }

    public static Price perUnit(String amountEur) {
        return new Price(new BigDecimal(amountEur), BigDecimal.ONE);
    }

    /** EUR per single unit: exact when it terminates, else rounded to {@link #PER_UNIT_PRECISION}. */
    public BigDecimal perUnitEur() {
        BigDecimal perUnit;
        try {
            perUnit = amountEur.divide(perQuantity);
        } catch (ArithmeticException nonTerminating) {
            perUnit = amountEur.divide(perQuantity, PER_UNIT_PRECISION);
        }
        return ExactAmounts.normalised(perUnit);
    }
}
