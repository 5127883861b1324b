package be.veerkracht.ingest.read;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.xssf.model.StylesTable;

/**
 * Which cell styles of a workbook format numbers as dates. A workbook stores a date as a plain number; only its
 * style's number format ({@code yyyy-mm-dd}, built-in format 14, ...) says it is one. Decided with POI's
 * {@link DateUtil#isADateFormat(ExcelNumberFormat)}, as {@code DateUtil.isCellDateFormatted} does for a cell of an
 * in-memory workbook, but once per style instead of once per cell.
 */
final class XlsxDateStyles {

    /** The workbook's styles; null when it has no styles part, so that no number is a date. */
    private final StylesTable styles;
    /** Per style index, whether its format is a date format; null until first asked. */
    private final Boolean[] dateFormat;

    XlsxDateStyles(StylesTable styles) {
        this.styles = styles;
        this.dateFormat = new Boolean[styles == null ? 0 : styles.getNumCellStyles()];
    }

    /** True when {@code index} names one of the workbook's cell styles (an entry of {@code cellXfs}). */
    boolean exists(int index) {
        return index >= 0 && index < dateFormat.length;
    }

    /** True when the style at {@code index} formats numbers as dates; false for an index naming no style. */
    boolean isDateFormat(int index) {
        if (!exists(index)) {
            return false;
        }
        if (dateFormat[index] == null) {
            dateFormat[index] = DateUtil.isADateFormat(ExcelNumberFormat.from(styles.getStyleAt(index)));
        }
        return dateFormat[index];
    }
}
