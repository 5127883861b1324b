package be.veerkracht.portfolio;

import java.util.Objects;

/**
 * Where a record came from, as the user sees it: the file, the sheet in a workbook (null for CSV), and the row
 * number a spreadsheet shows (the header is row 1). Row 0 means the file or sheet as a whole.
 */
public record RowOrigin(String file, String sheet, int row) {

    public RowOrigin {
        Objects.requireNonNull(file, "file");
        if (row < 0) {
            throw new IllegalArgumentException("row must be >= 0, got " + row);
        }
    }

    /** The file (or one sheet of it) as a whole. */
    public static RowOrigin wholeFile(String file, String sheet) {
        return new RowOrigin(file, sheet, 0);
    }

    /** {@code sourcing.csv} or {@code portfolio.xlsx [sourcing]}. */
    public String where() {
        return sheet == null ? file : file + " [" + sheet + "]";
    }
}
