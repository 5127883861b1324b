package be.veerkracht.portfolio;

import java.math.BigDecimal;

/** Constructor invariants shared by the portfolio records; importers check the same with user-facing messages. */
final class Checks {

    private Checks() {
    }

    static double nonNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    static Double nonNegativeOrNull(Double value, String field) {
        return value == null ? null : nonNegative(value, field);
    }

    static Integer nonNegativeOrNull(Integer value, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, got " + value);
        }
        return value;
    }

    static BigDecimal nonNegativeOrNull(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, got " + value.toPlainString());
        }
        return ExactAmounts.normalised(value);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
