package be.veerkracht.ingest.read;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Turns a worksheet's {@code <c>} element into a {@link Cell} by its type: a number stays the exact double the file
 * holds (never a string formatted for display, which keeps only about ten digits), a number with a date format
 * becomes a date, text is trimmed, a formula gives its cached result and an error its code such as {@code #N/A}.
 *
 * <p>Each rule is the one POI's in-memory {@code XSSFCell} (POI 5.5.1) applies, which the reader used before it
 * streamed, so a workbook gives the same tables: a number cell without {@code <v>} is empty unless it is a formula
 * (then 0); a formula's string result is its {@code <v>} text; an error without a code is {@code #NULL!}; a shared
 * string index that names no string gives an empty cell; a text is read through {@link XSSFRichTextString}, which
 * decodes the {@code _xHHHH_} escapes of ECMA-376 Part 1 (simple type ST_Xstring). A value that is not a number,
 * an unknown error code or an unknown cell type throws, and the workbook is reported unreadable, as before.
 */
final class XlsxCellDecoder {

    /** How {@code <v>} holds a true boolean. */
    private static final String TRUE = "1";
    /** Only a text holding this can hold an {@code _xHHHH_} escape. */
    private static final String ESCAPE_START = "_x";

    private final SharedStrings sharedStrings;
    private final boolean date1904;
    /** Shared strings read so far, by index: each is decoded once however many cells use it. */
    private final Map<Integer, Cell> sharedCells = new HashMap<>();

    /**
     * @param sharedStrings the workbook's shared string table
     * @param date1904      true when the workbook counts dates from 1904 instead of 1900 ({@code workbookPr})
     */
    XlsxCellDecoder(SharedStrings sharedStrings, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.date1904 = date1904;
    }

    Cell decode(XlsxCellElement c) {
        return switch (c.type()) {
            case XlsxCellElement.NUMBER -> number(c);
            case "s" -> c.formula() ? text(c.value()) : shared(c.value());
            case "inlineStr" -> c.formula() || c.inlineText() == null ? text(c.value()) : text(c.inlineText());
            case "str" -> text(c.value());
            case "b" -> new Cell.Bool(TRUE.equals(c.value()));
            case "e" -> error(c.value());
            default -> throw new IllegalStateException("Illegal cell type: " + c.type());
        };
    }

    private Cell number(XlsxCellElement c) {
        if (c.value() == null && !c.formula()) {
            return Cell.EMPTY;
        }
        double value = c.value() == null || c.value().isEmpty() ? 0.0 : Double.parseDouble(c.value().trim());
        return c.dateFormat() && DateUtil.isValidExcelDate(value)
                ? new Cell.Date(DateUtil.getLocalDateTime(value, date1904))
                : new Cell.Number(value);
    }

    private Cell shared(String index) {
        if (index == null) {
            return Cell.EMPTY;
        }
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException notAnIndex) {
            return Cell.EMPTY;
        }
        Cell cell = sharedCells.get(i);
        if (cell == null) {
            cell = sharedString(i);
            sharedCells.put(i, cell);
        }
        return cell;
    }

    private Cell sharedString(int index) {
        try {
            return Cell.text(sharedStrings.getItemAt(index).getString());
        } catch (RuntimeException noSuchString) {
            return Cell.EMPTY;
        }
    }

    private static Cell text(String raw) {
        if (raw == null) {
            return Cell.EMPTY;
        }
        return Cell.text(raw.contains(ESCAPE_START) ? new XSSFRichTextString(raw).getString() : raw);
    }

    private static Cell error(String code) {
        byte error = code == null ? FormulaError.NULL.getCode() : FormulaError.forString(code).getCode();
        return new Cell.Text(FormulaError.forInt(error).getString());
    }
}
