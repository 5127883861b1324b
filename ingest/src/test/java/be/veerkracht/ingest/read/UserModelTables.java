package be.veerkracht.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The reference the streaming {@link XlsxTableReader} is checked against: the reader it replaced, unchanged, which
 * loads the whole workbook with POI's in-memory {@code XSSFWorkbook} and reads each cell through the usermodel
 * getters. Too slow and too hungry for a 10,000-part portfolio, but its answers are the ones users had.
 */
final class UserModelTables {

    private UserModelTables() {
    }

    /** The sheet whose name matches {@code name} ignoring case and blanks, read as the old reader did. */
    static Optional<Table> table(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().strip().toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(read(sheet, file.getFileName().toString()));
                }
            }
            return Optional.empty();
        }
    }

    private static Table read(Sheet sheet, String fileName) {
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<Cell> cells = cells(row);
            if (cells.stream().allMatch(Cell.Empty.class::isInstance)) {
                continue;
            }
            if (header == null) {
                header = cells.stream().map(c -> c instanceof Cell.Text text ? text.value() : "").toList();
            } else {
                rows.add(new Table.Row(row.getRowNum() + 1, cells));
            }
        }
        return new Table(fileName, sheet.getSheetName(), header == null ? List.of() : header, rows,
                DecimalMark.POINT);
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
            case ERROR -> new Cell.Text(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Cell.EMPTY;
        };
    }
}
