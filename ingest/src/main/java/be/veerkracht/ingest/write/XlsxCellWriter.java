package be.veerkracht.ingest.write;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes a {@link CellValue} into a workbook cell of its own type: numbers as numeric cells, flags as boolean
 * cells, text as text, nothing for an empty value (no cell at all, which is what "empty" means to every reader).
 *
 * <p>An xlsx numeric cell is an IEEE 754 double. A decimal of at most {@value #EXACT_DIGITS} significant digits
 * survives the trip decimal → double → {@link Double#toString} → decimal exactly (15 is DBL_DIG of binary64:
 * IEEE 754-2008, clause 5.12.2; C11 5.2.4.2.2), so such amounts, including every price with 2–4 decimals below
 * 10^11 EUR, are written as numbers and read back equal. Longer decimals would come back changed and are written as
 * text instead (plain, with a decimal point, which the reader parses exactly). Values of 10^15 and more go as text
 * too: before JDK 19, {@code Double.toString} is not always the shortest form for such magnitudes (JDK-4511638;
 * 5.29837397061495E16 prints as 5.2983739706149504E16), so their digits would not come back.
 */
final class XlsxCellWriter {

    /** Significant decimal digits a double keeps exactly (DBL_DIG). */
    static final int EXACT_DIGITS = 15;

    private XlsxCellWriter() {
    }

    static void write(Row row, int column, CellValue value) {
        if (value instanceof CellValue.Text t) {
            row.createCell(column).setCellValue(t.value());
        } else if (value instanceof CellValue.Decimal d) {
            writeExact(row, column, d.value());
        } else if (value instanceof CellValue.Whole w) {
            writeExact(row, column, BigDecimal.valueOf(w.value()));
        } else if (value instanceof CellValue.Measure m) {
            // The model holds a double already: the cell holds the same double, nothing to lose.
            row.createCell(column).setCellValue(m.value());
        } else if (value instanceof CellValue.Flag f) {
            row.createCell(column).setCellValue(f.value());
        }
    }

    private static void writeExact(Row row, int column, BigDecimal value) {
        if (fitsNumericCell(value)) {
            row.createCell(column).setCellValue(value.doubleValue());
        } else {
            row.createCell(column).setCellValue(value.toPlainString());
        }
    }

    /** True when a numeric cell holds {@code value} so that it reads back equal (see the class comment). */
    static boolean fitsNumericCell(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        return stripped.precision() <= EXACT_DIGITS && integerDigits <= EXACT_DIGITS;
    }
}
