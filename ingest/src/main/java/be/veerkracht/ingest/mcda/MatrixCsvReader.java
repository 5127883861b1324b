package be.veerkracht.ingest.mcda;

import be.veerkracht.ingest.read.Cell;
import be.veerkracht.ingest.read.CsvTableReader;
import be.veerkracht.ingest.read.DecimalMark;
import be.veerkracht.ingest.read.Table;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a decision matrix or a pairwise comparison matrix from CSV. The header row names the criteria after a first
 * cell that is ignored (e.g. {@code alternative}); each further row starts with a name and holds one number per
 * criterion. Separator, encoding and decimal mark as for a portfolio ({@link CsvTableReader}: {@code ,} with decimal
 * points, or {@code ;} with decimal commas from Dutch or French Excel). Every problem is collected (empty cell, not a
 * number, a name twice, a row or column missing from a pairwise matrix); if there is any, nothing is returned.
 */
public final class MatrixCsvReader {

    private MatrixCsvReader() {
    }

    /** A decision matrix: alternatives by criteria, any finite numbers. */
    public static NamedMatrix decisionMatrix(Path file) throws InvalidMatrixFileException {
        return decisionMatrix(file.toString(), bytes(file));
    }

    public static NamedMatrix decisionMatrix(String where, byte[] bytes) throws InvalidMatrixFileException {
        List<Problem> problems = new ArrayList<>();
        Optional<NamedMatrix> matrix = read(where, bytes, false, problems);
        if (!problems.isEmpty() || matrix.isEmpty()) {
            throw new InvalidMatrixFileException(problems);
        }
        return matrix.get();
    }

    /**
     * A pairwise comparison matrix: the rows name the same criteria as the header (in any order; returned in header
     * order), every value above 0. Reciprocity is checked by the AHP itself, which names the pair.
     */
    public static NamedMatrix pairwiseMatrix(Path file) throws InvalidMatrixFileException {
        return pairwiseMatrix(file.toString(), bytes(file));
    }

    public static NamedMatrix pairwiseMatrix(String where, byte[] bytes) throws InvalidMatrixFileException {
        List<Problem> problems = new ArrayList<>();
        Optional<NamedMatrix> read = read(where, bytes, true, problems);
        if (read.isEmpty() || !problems.isEmpty()) {
            throw new InvalidMatrixFileException(problems);
        }
        NamedMatrix matrix = read.get();
        RowOrigin wholeFile = RowOrigin.wholeFile(where, null);
        for (String column : matrix.columns()) {
            if (!matrix.rows().contains(column)) {
                problems.add(Problem.of(wholeFile, null, ProblemKey.COLUMN_MISSING, column));
            }
        }
        for (int i = 0; i < matrix.rows().size(); i++) {
            String row = matrix.rows().get(i);
            if (!matrix.columns().contains(row)) {
                problems.add(Problem.of(new RowOrigin(where, null, i + 2), null, ProblemKey.NOT_ONE_OF, row,
                        String.join("|", matrix.columns())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMatrixFileException(problems);
        }
        List<List<Double>> ordered = new ArrayList<>();
        for (String column : matrix.columns()) {
            ordered.add(matrix.values().get(matrix.rows().indexOf(column)));
        }
        return new NamedMatrix(where, matrix.columns(), matrix.columns(), ordered);
    }

    private static byte[] bytes(Path file) throws InvalidMatrixFileException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            ProblemKey key = Files.exists(file) ? ProblemKey.FILE_UNREADABLE : ProblemKey.FILE_NOT_FOUND;
            throw new InvalidMatrixFileException(List.of(Problem.of(RowOrigin.wholeFile(file.toString(), null), null,
                    key, file)));
        }
    }

    private static Optional<NamedMatrix> read(String where, byte[] bytes, boolean positive, List<Problem> problems) {
        Optional<Table> read = new CsvTableReader(Set.of()).read(where, bytes, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Table table = read.get();
        List<String> columns = columns(table, problems);
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, List<Double>> rows = new LinkedHashMap<>();
        for (Table.Row row : table.rows()) {
            RowOrigin origin = new RowOrigin(where, null, row.number());
            String name = text(row.cell(0));
            String nameColumn = table.header().isEmpty() ? "" : table.header().get(0).strip();
            if (name == null) {
                problems.add(Problem.of(origin, nameColumn, ProblemKey.REQUIRED));
                continue;
            }
            Integer first = firstRow.putIfAbsent(name, row.number());
            if (first != null) {
                problems.add(Problem.of(origin, nameColumn, ProblemKey.DUPLICATE_KEY, name, first));
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (int j = 0; j < columns.size(); j++) {
                values.add(number(row.cell(j + 1), origin, columns.get(j), table.marks(), positive, problems));
            }
            rows.put(name, values);
        }
        if (rows.isEmpty()) {
            problems.add(Problem.of(RowOrigin.wholeFile(where, null), null, ProblemKey.REQUIRED));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NamedMatrix(where, List.copyOf(rows.keySet()), columns, List.copyOf(rows.values())));
    }

    private static List<String> columns(Table table, List<Problem> problems) {
        RowOrigin header = new RowOrigin(table.file(), null, 1);
        List<String> columns = new ArrayList<>();
        for (int j = 1; j < table.header().size(); j++) {
            String name = table.header().get(j) == null ? "" : table.header().get(j).strip();
            if (name.isEmpty()) {
                problems.add(Problem.of(header, "column " + (j + 1), ProblemKey.REQUIRED));
            } else if (columns.contains(name)) {
                problems.add(Problem.of(header, name, ProblemKey.COLUMN_DUPLICATE));
            }
            columns.add(name);
        }
        if (columns.isEmpty()) {
            problems.add(Problem.of(header, null, ProblemKey.COLUMN_MISSING, "criterion"));
        }
        return columns;
    }

    private static Double number(Cell cell, RowOrigin origin, String column, DecimalMark marks, boolean positive,
                                 List<Problem> problems) {
        if (cell instanceof Cell.Number n) {
            return n.value();
        }
        String text = text(cell);
        if (text == null) {
            problems.add(Problem.of(origin, column, ProblemKey.REQUIRED));
            return Double.NaN;
        }
        Optional<BigDecimal> value = marks.parse(text);
        if (value.isEmpty()) {
            value = fraction(text, marks);
        }
        if (value.isEmpty()) {
            Optional<String> suggestion = marks.suggestion(text);
            problems.add(suggestion.isPresent()
                    ? Problem.of(origin, column, marks == DecimalMark.POINT ? ProblemKey.DECIMAL_POINT_EXPECTED
                            : ProblemKey.DECIMAL_COMMA_EXPECTED, text, suggestion.get())
                    : Problem.of(origin, column, ProblemKey.NOT_A_NUMBER, text));
            return Double.NaN;
        }
        double v = value.get().doubleValue();
        if (positive && !(v > 0)) {
            problems.add(Problem.of(origin, column, ProblemKey.MUST_BE_POSITIVE, text));
        }
        return v;
    }

    /** {@code 1/3} as written in pairwise matrices: two numbers in the file's convention around a slash. */
    private static Optional<BigDecimal> fraction(String text, DecimalMark marks) {
        int slash = text.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        Optional<BigDecimal> top = marks.parse(text.substring(0, slash).strip());
        Optional<BigDecimal> bottom = marks.parse(text.substring(slash + 1).strip());
        if (top.isEmpty() || bottom.isEmpty() || bottom.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(top.get().divide(bottom.get(), java.math.MathContext.DECIMAL64));
    }

    private static String text(Cell cell) {
        if (cell instanceof Cell.Text t && !t.value().isBlank()) {
            return t.value().strip();
        }
        return null;
    }
}
