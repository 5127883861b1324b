package be.veerkracht.quality.spc;

import java.math.BigDecimal;
import java.math.MathContext;

/** How the quality packages write a statistic into an explanation: 6 significant digits, a decimal point. */
public final class StatisticFormat {

    /** Significant digits written in explanations (the JSON keeps full precision). */
    public static final int SIGNIFICANT_DIGITS = 6;

    private StatisticFormat() {
    }

    /** {@code value} to 6 significant digits without trailing zeros, e.g. {@code 74.0012}; "-" when undefined. */
    public static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "-" : (value > 0 ? "∞" : "-∞");
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS)).stripTrailingZeros()
                .toPlainString();
    }
}
