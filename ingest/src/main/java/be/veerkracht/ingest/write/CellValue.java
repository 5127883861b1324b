package be.veerkracht.ingest.write;

import java.math.BigDecimal;

/**
 * One cell to write, typed, so each format writes it its own way: a workbook as a numeric, boolean or text cell, a
 * CSV file as text in its dialect. Nulls of the model become {@link #EMPTY}.
 */
sealed interface CellValue {

    Empty EMPTY = new Empty();

    /** Nothing: the column was not given. */
    record Empty() implements CellValue {
    }

    /** Text as is: IDs, names, codes. */
    record Text(String value) implements CellValue {
    }

    /** An exact decimal (money, price units), written with the digits it has. */
    record Decimal(BigDecimal value) implements CellValue {
    }

    /** A measured quantity held as a double by the model (demand, days, kg). */
    record Measure(double value) implements CellValue {
    }

    /** A count (days, shots). */
    record Whole(long value) implements CellValue {
    }

    record Flag(boolean value) implements CellValue {
    }

    static CellValue text(String value) {
        return value == null ? EMPTY : new Text(value);
    }

    /** Money: at least two decimals (12.50, not 12.5), more only where the amount has them. */
    static CellValue money(BigDecimal value) {
        if (value == null) {
            return EMPTY;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return new Decimal(stripped.setScale(Math.max(2, stripped.scale())));
    }

    /** An exact quantity without trailing zeros: 1, 100, 0.5. */
    static CellValue decimal(BigDecimal value) {
        if (value == null) {
            return EMPTY;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return new Decimal(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    static CellValue measure(Double value) {
        return value == null ? EMPTY : new Measure(value);
    }

    static CellValue whole(Integer value) {
        return value == null ? EMPTY : new Whole(value);
    }

    static CellValue whole(Long value) {
        return value == null ? EMPTY : new Whole(value);
    }

    static CellValue flag(boolean value) {
        return new Flag(value);
    }

    /**
     * The shortest plain decimal that reads back to {@code value}: {@link Double#toString}'s digits without an
     * exponent, so 1.0E7 is written 10000000 and 1679.0 is written 1679.
     */
    static BigDecimal plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
