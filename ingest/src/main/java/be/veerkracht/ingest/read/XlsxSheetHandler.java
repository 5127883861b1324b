package be.veerkracht.ingest.read;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part in a single SAX pass into its non-empty rows of {@link Cell}s, keyed by 0-based row
 * index: memory for the cells kept, not for POI's object per XML element. POI's own streaming
 * {@code XSSFSheetXMLHandler} cannot be used: it hands over each value as a string formatted for display, losing
 * the cell's type and all but about ten digits of a number.
 *
 * <p>Where the XML leaves room, this follows POI's in-memory {@code XSSFSheet}, {@code XSSFRow} and
 * {@code XSSFCell} (POI 5.5.1), which the reader used before, so a workbook gives the same tables: a row or cell
 * without its {@code r} attribute comes after the highest so far; a later row or cell with the same number replaces
 * the earlier one; rows are ordered by number; a missing cell inside a row is {@link Cell#EMPTY}; a row holds cells
 * up to its last {@code <c>}, even one without a value. Elements follow ECMA-376 Part 1, §18.3.1 ({@code row},
 * {@code c}, {@code v}, {@code f}, {@code is}, {@code col}). Time and memory are linear in the size of the sheet.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private static final String DATA_TABLE_FORMULA = "dataTable";
    private static final String ARRAY_FORMULA = "array";

    private final XlsxCellDecoder decoder;
    private final XlsxDateStyles dateStyles;
    private final XlsxColumnStyles columnStyles = new XlsxColumnStyles();
    private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();
    private final SortedMap<Integer, List<Cell>> rows = new TreeMap<>();

    private int highestRow = -1;
    private int row;
    /** The cells of the open {@code <row>} by column, null outside a row. */
    private List<Cell> cells;

    // The open <c> element.
    private int column;
    private String type;
    private String style;
    private boolean hasFormula;
    private final StringBuilder value = new StringBuilder();
    private boolean hasValue;
    private final StringBuilder inlineText = new StringBuilder();
    private final StringBuilder inlineRuns = new StringBuilder();
    private boolean hasInline;
    private boolean hasRuns;
    private boolean inInline;
    private boolean inRun;
    private boolean inPhonetic;
    /** Where the characters being read go; null when they are not wanted. */
    private StringBuilder text;

    private XlsxSheetHandler(XlsxCellDecoder decoder, XlsxDateStyles dateStyles) {
        this.decoder = decoder;
        this.dateStyles = dateStyles;
    }

    /** The sheet's rows that hold at least one value, by 0-based row index. */
    static SortedMap<Integer, List<Cell>> rows(PackagePart sheet, XlsxCellDecoder decoder, XlsxDateStyles dateStyles)
            throws IOException {
        XlsxSheetHandler handler = new XlsxSheetHandler(decoder, dateStyles);
        try (InputStream in = sheet.getInputStream()) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(sheet.getPartName() + ": " + e.getMessage(), e);
        }
        return handler.rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "col" -> columnStyles.add(attributes.getValue("min"), attributes.getValue("max"),
                    attributes.getValue("style"));
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "f" -> startFormula(attributes.getValue("t"), attributes.getValue("ref"));
            case "v" -> {
                hasValue = true;
                value.setLength(0);
                text = value;
            }
            case "is" -> {
                hasInline = true;
                inInline = true;
            }
            case "r" -> {
                hasRuns |= inInline;
                inRun = inInline;
            }
            case "rPh" -> inPhonetic = inInline;
            case "t" -> text = inInline && !inPhonetic ? (inRun ? inlineRuns : inlineText) : null;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "v", "t" -> text = null;
            case "r" -> inRun = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (text != null) {
            text.append(ch, start, length);
        }
    }

    private void startRow(String number) {
        row = number == null ? highestRow + 1 : Integer.parseInt(number) - 1;
        highestRow = Math.max(highestRow, row);
        cells = new ArrayList<>();
    }

    private void endRow() {
        if (cells.stream().allMatch(Cell.Empty.class::isInstance)) {
            rows.remove(row);
        } else {
            rows.put(row, cells);
        }
        cells = null;
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        column = reference != null ? columnOf(reference) : cells == null ? 0 : cells.size();
        type = attributes.getValue("t");
        style = attributes.getValue("s");
        hasFormula = false;
        hasValue = false;
        hasInline = false;
        hasRuns = false;
        inlineText.setLength(0);
        inlineRuns.setLength(0);
    }

    /**
     * The 0-based column of a cell reference such as {@code AB12}. The letters of a plain reference go straight to
     * POI's {@link CellReference#convertColStringToIndex}; parsing the whole reference with {@code new
     * CellReference(...)}, which also handles {@code $} and sheet names, took a fifth of the reading time.
     */
    static int columnOf(String reference) {
        int letters = 0;
        while (letters < reference.length() && isAsciiLetter(reference.charAt(letters))) {
            letters++;
        }
        int digits = letters;
        while (digits < reference.length() && reference.charAt(digits) >= '0' && reference.charAt(digits) <= '9') {
            digits++;
        }
        boolean plain = letters > 0 && digits > letters && digits == reference.length();
        return plain ? CellReference.convertColStringToIndex(reference.substring(0, letters))
                : new CellReference(reference).getCol();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private void startFormula(String formulaType, String range) {
        hasFormula = !DATA_TABLE_FORMULA.equals(formulaType);
        if (ARRAY_FORMULA.equals(formulaType) && range != null) {
            arrayFormulas.add(CellRangeAddress.valueOf(range));
        }
    }

    private void endCell() {
        if (cells == null) {
            return;
        }
        String cellType = type == null ? XlsxCellElement.NUMBER : type;
        boolean number = XlsxCellElement.NUMBER.equals(cellType);
        XlsxCellElement element = new XlsxCellElement(cellType, hasFormula || inArrayFormula(),
                number && dateStyles.isDateFormat(styleIndex()), hasValue ? value.toString() : null,
                hasInline ? (hasRuns ? inlineRuns : inlineText).toString() : null);
        while (cells.size() <= column) {
            cells.add(Cell.EMPTY);
        }
        cells.set(column, decoder.decode(element));
    }

    private boolean inArrayFormula() {
        for (CellRangeAddress range : arrayFormulas) {
            if (range.isInRange(row, column)) {
                return true;
            }
        }
        return false;
    }

    /** The cell's own style when it names one, else its column's: the style {@code XSSFCell.getCellStyle} gives. */
    private int styleIndex() {
        if (style != null) {
            int own = Math.toIntExact(Long.parseLong(style));
            if (dateStyles.exists(own)) {
                return own;
            }
        }
        return columnStyles.styleOf(column);
    }
}
