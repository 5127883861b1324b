package be.veerkracht.ingest.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The default style of each column of one worksheet, from its {@code <col min max style>} elements (ECMA-376
 * Part 1, §18.3.1.13). A cell written without its own {@code s} attribute takes its column's style, as POI's
 * {@code XSSFCell.getCellStyle} does: a whole column formatted as dates makes its bare numbers dates.
 */
final class XlsxColumnStyles {

    /** The style when no {@code <col>} gives one: the workbook's first cell style. */
    static final int DEFAULT_STYLE = 0;

    /** Ranges with a style, in document order; columns 0-based. */
    private final List<Range> ranges = new ArrayList<>();

    private record Range(int first, int last, int style) {
    }

    /** Records one {@code <col>} element's attributes ({@code min} and {@code max} count columns from 1). */
    void add(String min, String max, String style) {
        if (min != null && max != null && style != null) {
            ranges.add(new Range(Integer.parseInt(min) - 1, Integer.parseInt(max) - 1, Integer.parseInt(style)));
        }
    }

    /**
     * The style of the 0-based {@code column}. Where {@code <col>} elements overlap (which Excel never writes) the
     * later one wins, as POI's {@code ColumnHelper} merges them.
     */
    int styleOf(int column) {
        for (int i = ranges.size() - 1; i >= 0; i--) {
            Range range = ranges.get(i);
            if (range.first() <= column && column <= range.last()) {
                return range.style();
            }
        }
        return DEFAULT_STYLE;
    }
}
