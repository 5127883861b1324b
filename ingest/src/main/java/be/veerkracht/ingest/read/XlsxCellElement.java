package be.veerkracht.ingest.read;

/**
 * What one worksheet {@code <c>} element holds, as the SAX pass over the sheet found it, before it becomes a
 * {@link Cell} (see {@link XlsxCellDecoder}).
 *
 * @param type       the {@code t} attribute, {@code n} when absent (ECMA-376 Part 1, §18.18.11 ST_CellType:
 *                   {@code n}, {@code s}, {@code str}, {@code inlineStr}, {@code b}, {@code e})
 * @param formula    true when POI counts the cell as a formula cell: it has an {@code <f>} that is not a data
 *                   table, or lies in the range of an array formula
 * @param dateFormat true when the cell's style has a date number format ({@code DateUtil.isADateFormat})
 * @param value      the text of {@code <v>}, null when the element has none
 * @param inlineText the text of {@code <is>}, null when the element has none
 */
record XlsxCellElement(String type, boolean formula, boolean dateFormat, String value, String inlineText) {

    /** The type a {@code <c>} without a {@code t} attribute has: a number. */
    static final String NUMBER = "n";
}
