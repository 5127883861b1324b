package be.veerkracht.portfolio;

import java.math.BigDecimal;

/**
 * The one scale rule for booked money: at least {@value #MIN_SCALE} decimal places, more only where the input had
 * more. {@code 1.5} and {@code 1.50} become the same {@code 1.5000}, so a portfolio read from xlsx equals the one
 * read from CSV, and no digit the user typed is lost.
 */
public final class ExactAmounts {

    /** Decimal places every stored amount has at least (the import spec asks for 4). */
    public static final int MIN_SCALE = 4;

    private ExactAmounts() {
    }

    public static BigDecimal normalised(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        int scale = Math.max(MIN_SCALE, amount.stripTrailingZeros().scale());
        return amount.setScale(scale);
    }
}
