package be.veerkracht.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.SAXException;

/**
 * Reads sheets of an open workbook into {@link Table}s, cell by type: numbers stay doubles, booleans booleans,
 * dates dates; a formula gives its cached result (what Excel showed when the file was saved). The header is the
 * first non-empty row; rows keep the numbers Excel shows.
 *
 * <p>Streams: each sheet is read in one SAX pass over its XML ({@link XlsxSheetHandler}), with POI's event API for
 * the rest ({@link XSSFReader} for the sheets and styles, {@link ReadOnlySharedStringsTable} for the shared strings).
 * POI's in-memory {@code XSSFWorkbook}, used before, builds an object for every XML element of every sheet: a
 * 10,000-part portfolio (13,000 sourcing rows, 15 MB of sheet XML) took 2 to 5 seconds to read and did not fit in a
 * 256 MB heap; streamed, about half a second warm, and it fits in 48 MB. Only the workbook part itself (a few hundred
 * bytes) is still read into POI's model, for its date system and to refuse a part that is not a workbook as
 * {@code XSSFWorkbook} did. Not safe for use by several threads at once.
 */
public final class XlsxTableReader {

    private final String fileName;
    private final Map<String, Worksheet> sheets;
    private final XlsxCellDecoder decoder;
    private final XlsxDateStyles dateStyles;

    /** A sheet's name as written and the package part holding its XML. */
    private record Worksheet(String name, PackagePart part) {
    }

    /**
     * Reads the workbook's sheet list, shared strings and styles; the sheets themselves are read by {@link #table}.
     *
     * @throws IOException when the package is not a readable workbook
     */
    public XlsxTableReader(OPCPackage workbook, String fileName) throws IOException {
        this.fileName = fileName;
        try {
            XSSFReader reader = new XSSFReader(workbook);
            boolean date1904 = date1904(workbookElement(reader));
            this.sheets = sheets(reader);
            // without phonetic runs (furigana): XSSFWorkbook's strings leave them out too
            this.decoder = new XlsxCellDecoder(new ReadOnlySharedStringsTable(workbook, false), date1904);
            this.dateStyles = new XlsxDateStyles(reader.getStylesTable());
        } catch (OpenXML4JException | SAXException | XmlException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The sheet whose name matches {@code name} (lower case, no blanks around) ignoring case and blanks. */
    public Optional<Table> table(String name) throws IOException {
        Worksheet sheet = sheets.get(name);
        return sheet == null ? Optional.empty() : Optional.of(read(sheet));
    }

    private Table read(Worksheet sheet) throws IOException {
        SortedMap<Integer, List<Cell>> rows = XlsxSheetHandler.rows(sheet.part(), decoder, dateStyles);
        List<String> header = List.of();
        List<Table.Row> data = new ArrayList<>(rows.size());
        boolean first = true;
        for (Map.Entry<Integer, List<Cell>> row : rows.entrySet()) {
            if (first) {
                header = row.getValue().stream().map(XlsxTableReader::headerText).toList();
                first = false;
            } else {
                data.add(new Table.Row(row.getKey() + 1, row.getValue()));
            }
        }
        return new Table(fileName, sheet.name(), header, data, DecimalMark.POINT);
    }

    private static String headerText(Cell cell) {
        return cell instanceof Cell.Text text ? text.value() : "";
    }

    /** The workbook's sheets by name stripped and in lower case; of two with the same such name, the first. */
    private static Map<String, Worksheet> sheets(XSSFReader reader) throws IOException, OpenXML4JException {
        Map<String, Worksheet> sheets = new HashMap<>();
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            try (InputStream opened = iterator.next()) {
                sheets.putIfAbsent(iterator.getSheetName().strip().toLowerCase(Locale.ROOT),
                        new Worksheet(iterator.getSheetName(), iterator.getSheetPart()));
            } catch (POIXMLException missingPart) {
                // A sheet listed in the workbook without its part in the package: XSSFWorkbook skipped it too.
            }
        }
        return sheets;
    }

    /** The workbook part in POI's model; throws for a part that is not a workbook or lists no sheets. */
    private static CTWorkbook workbookElement(XSSFReader reader)
            throws IOException, OpenXML4JException, XmlException {
        try (InputStream in = reader.getWorkbookData()) {
            CTWorkbook workbook = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                    .getWorkbook();
            if (workbook.getSheets() == null) {
                throw new IOException("Cannot read a workbook without sheets");
            }
            return workbook;
        }
    }

    /** True when the workbook counts dates from 1 January 1904 instead of 1900 (Excel for Mac before 2011). */
    private static boolean date1904(CTWorkbook workbook) {
        CTWorkbookPr properties = workbook.getWorkbookPr();
        return properties != null && properties.getDate1904();
    }
}
