package be.veerkracht.ingest.read;

import be.veerkracht.ingest.schema.Column;
import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.ingest.schema.HeaderName;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a portfolio from an {@code .xlsx} workbook or a folder of CSV files, as ERPs and Excel export them, and
 * reports every problem at once with file, sheet, row and column. See {@code docs/file-format.md}.
 */
public final class PortfolioReader {

    private static final List<SheetRows> SHEETS =
            List.of(new PartRows(), new SupplierRows(), new SourcingRows(), new ToolingRows(), new ProductRows(),
                    new BomRows(), new CustomerRows());

    /** The portfolio in {@code path}, or every problem found in it. */
    public ImportedPortfolio read(Path path) throws InvalidPortfolioException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        RowOrigin whole = RowOrigin.wholeFile(name, null);
        if (!Files.exists(path)) {
            throw new InvalidPortfolioException(List.of(Problem.of(whole, null, ProblemKey.FILE_NOT_FOUND, path)));
        }
        if (Files.isDirectory(path)) {
            return new CsvFolder(path).read();
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return new XlsxWorkbookFile(path).read();
        }
        throw new InvalidPortfolioException(List.of(Problem.of(whole, null, ProblemKey.UNSUPPORTED_FILE, path)));
    }

    /** Maps each table to its sheet's records; a table missing required columns reports that alone. */
    static void readTables(Map<Sheet, Table> tables, PortfolioAssembly assembly, List<Problem> problems) {
        for (SheetRows rows : SHEETS) {
            Table table = tables.get(rows.sheet());
            if (table != null) {
                readTable(rows, table, assembly, problems);
            }
        }
    }

    private static void readTable(SheetRows rows, Table table, PortfolioAssembly assembly, List<Problem> problems) {
        Map<String, Integer> known = new LinkedHashMap<>();
        Map<String, Integer> extra = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        RowOrigin headerRow = new RowOrigin(table.file(), table.sheet(), 1);
        for (int i = 0; i < table.header().size(); i++) {
            String written = table.header().get(i);
            String column = HeaderName.normalise(written);
            if (column.isEmpty()) {
                continue;
            }
            if (!seen.add(column)) {
                problems.add(Problem.of(headerRow, column, ProblemKey.COLUMN_DUPLICATE));
            } else if (rows.sheet().column(column).isPresent()) {
                known.put(column, i);
            } else {
                extra.put(written.strip(), i);
            }
        }
        List<String> missing = rows.sheet().columns().stream().filter(Column::required).map(Column::name)
                .filter(c -> !known.containsKey(c)).toList();
        missing.forEach(c -> problems.add(Problem.of(headerRow, c, ProblemKey.COLUMN_MISSING, c)));
        if (!missing.isEmpty()) {
            return;
        }
        for (Table.Row row : table.rows()) {
            RowFields fields = new RowFields(table, row, known, problems);
            rows.read(fields, fields.extras(extra), assembly);
        }
    }

    /** Every column name of a sheet, for separator detection. */
    static Set<String> columnNames(Sheet sheet) {
        return sheet.columns().stream().map(Column::name).collect(Collectors.toSet());
    }

    /** Builds the portfolio, adding the reading problems to the assembly's own. */
    static ImportedPortfolio finish(PortfolioAssembly assembly, List<Problem> problems, String source,
                                    String format, String sha256) throws InvalidPortfolioException {
        problems.forEach(assembly::report);
        return new ImportedPortfolio(assembly.build(), source, format, sha256);
    }

    /** File names in a folder by lower-case name, so {@code Parts.CSV} is found as {@code parts.csv}. */
    static Map<String, Path> filesByLowerCaseName(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(
                    p -> p.getFileName().toString().toLowerCase(Locale.ROOT), p -> p, (a, b) -> a));
        }
    }
}
