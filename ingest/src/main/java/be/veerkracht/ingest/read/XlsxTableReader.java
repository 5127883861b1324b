package be.veerkracht.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads sheets of an open workbook into {@link Table}s, cell by type: numbers stay doubles, booleans booleans,
 * dates dates; a formula gives its cached result (what Excel showed when the file was saved). The header is the
 * first non-empty row; rows keep the numbers Excel shows.
 */
public final class XlsxTableReader {

    private final Workbook workbook;
    private final String fileName;

    public XlsxTableReader(Workbook workbook, String fileName) {
        this.workbook = workbook;
        this.fileName = fileName;
    }

    /** The sheet whose name matches {@code name} ignoring case and blanks, as a table. */
    public Optional<Table> table(String name) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().strip().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(read(sheet));
            }
        }
        return Optional.empty();
    }

    private Table read(Sheet sheet) {
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<Cell> cells = cells(row);
            if (cells.stream().allMatch(Cell.Empty.class::isInstance)) {
                continue;
            }
            if (header == null) {
                header = cells.stream().map(XlsxTableReader::headerText).toList();
            } else {
                rows.add(new Table.Row(row.getRowNum() + 1, cells));
            }
        }
        return new Table(fileName, sheet.getSheetName(), header == null ? List.of() : header, rows,
                DecimalMark.POINT);
    }

    private static String headerText(Cell cell) {
        return cell instanceof Cell.Text text ? text.value() : "";
    }

    private static List<Cell> cells(Row row) {
        int last = Math.max(row.getLastCellNum(), 0);
        List<Cell> cells = new ArrayList<>(last);
        for (int i = 0; i < last; i++) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(i);
            cells.add(cell == null ? Cell.EMPTY : cell(cell));
        }
        return cells;
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new Cell.Date(cell.getLocalDateTimeCellValue())
                    : new Cell.Number(cell.getNumericCellValue());
            case STRING -> Cell.text(cell.getStringCellValue());
            case BOOLEAN -> new Cell.Bool(cell.getBooleanCellValue());
            case ERROR -> new Cell.Text(org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Cell.EMPTY;
        };
    }
}
