package be.veerkracht.ingest.read;

import be.veerkracht.ingest.schema.HeaderName;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file into a {@link Table}: detects the separator from the header row ({@code ;} means decimal
 * commas, {@code ,} decimal points), keeps row numbers as a spreadsheet shows them, and skips rows with only
 * separators (Excel writes {@code ;;;;} for rows it once used). Quoting follows RFC 4180 (Apache Commons CSV).
 */
public final class CsvTableReader {

    private final Set<String> knownColumns;

    /** @param knownColumns the columns this file may have, used to pick the separator when the header has both */
    public CsvTableReader(Set<String> knownColumns) {
        this.knownColumns = knownColumns;
    }

    /** The table, or empty with the problems added to {@code problems}. */
    public Optional<Table> read(String fileName, byte[] bytes, List<Problem> problems) {
        String text = CsvText.decode(bytes).text();
        RowOrigin wholeFile = RowOrigin.wholeFile(fileName, null);
        Optional<Character> separator = separator(firstLine(text));
        if (separator.isEmpty()) {
            problems.add(Problem.of(wholeFile, null, ProblemKey.CSV_NO_SEPARATOR));
            return Optional.empty();
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator.get())
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<Table.Row> rows = new ArrayList<>();
        List<String> header = null;
        int problemsBefore = problems.size();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                // Excel shows a quoted field with line breaks as one row, and keeps empty lines: so do we.
                int rowNumber = (int) record.getRecordNumber();
                if (header == null) {
                    header = record.toList();
                    continue;
                }
                List<Cell> cells = record.stream().map(Cell::text).toList();
                if (cells.stream().allMatch(Cell.Empty.class::isInstance)) {
                    continue;
                }
                if (lastNonEmpty(cells) >= header.size()) {
                    problems.add(Problem.of(new RowOrigin(fileName, null, rowNumber), null,
                            ProblemKey.CSV_TOO_MANY_FIELDS, cells.size(), header.size()));
                    continue;
                }
                rows.add(new Table.Row(rowNumber, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            problems.add(Problem.of(wholeFile, null, ProblemKey.CSV_MALFORMED, malformed.getMessage()));
            return Optional.empty();
        }
        if (header == null || problems.size() > problemsBefore) {
            return Optional.empty();
        }
        DecimalMark marks = separator.get() == ';' ? DecimalMark.COMMA : DecimalMark.POINT;
        return Optional.of(new Table(fileName, null, header, rows, marks));
    }

    private static int lastNonEmpty(List<Cell> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!(cells.get(i) instanceof Cell.Empty)) {
                return i;
            }
        }
        return -1;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    }

    /**
     * {@code ;} if the header splits on it into more known columns than on {@code ,}; a header with only one of
     * them takes that one.
     */
    private Optional<Character> separator(String headerLine) {
        boolean semicolon = headerLine.indexOf(';') >= 0;
        boolean comma = headerLine.indexOf(',') >= 0;
        if (semicolon && comma) {
            return Optional.of(knownIn(headerLine, ";") >= knownIn(headerLine, ",") ? ';' : ',');
        }
        if (semicolon) {
            return Optional.of(';');
        }
        return comma ? Optional.of(',') : Optional.empty();
    }

    private long knownIn(String headerLine, String separator) {
        return java.util.Arrays.stream(headerLine.split(separator, -1))
                .map(HeaderName::normalise).filter(knownColumns::contains).count();
    }
}
