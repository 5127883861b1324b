package be.veerkracht.ingest.reference;

import be.veerkracht.geo.IsoCountries;
import be.veerkracht.ingest.read.Cell;
import be.veerkracht.ingest.read.CsvTableReader;
import be.veerkracht.ingest.read.Table;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one reference CSV file into rows by key. The shipped file must have every column; an override file needs
 * only the key column and the columns it changes, and may not have columns the file does not know (a misspelt
 * column would otherwise be dropped without a word). Separator, encoding and decimal mark are detected as for a
 * portfolio ({@link CsvTableReader}): a file saved from Dutch or French Excel ({@code ;}, decimal comma,
 * Windows-1252) reads as well as the shipped {@code ,}-separated UTF-8.
 */
final class ReferenceTableReader {

    /** Zone and footprint codes: upper-case letters, digits and {@code _}, as in {@code RED_SEA_SUEZ}. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final ReferenceFile file;
    private final boolean complete;

    /** @param complete true for a shipped file (every column required), false for an override file */
    ReferenceTableReader(ReferenceFile file, boolean complete) {
        this.file = file;
        this.complete = complete;
    }

    /** The rows by key in file order, or empty when the file as a whole is unusable; problems are added. */
    Optional<Map<String, ReferenceRow>> read(String where, byte[] bytes, List<Problem> problems) {
        Optional<Table> table = new CsvTableReader(Set.copyOf(file.columns())).read(where, bytes, problems);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> columns = ReferenceHeader.columns(table.get(), file.columns(),
                complete ? file.columns() : List.of(file.keyColumn()), problems);
        if (columns == null) {
            return Optional.empty();
        }
        Map<String, ReferenceRow> rows = new LinkedHashMap<>();
        for (Table.Row row : table.get().rows()) {
            RowOrigin origin = new RowOrigin(where, null, row.number());
            Map<String, ReferenceRow.Value> cells = new HashMap<>();
            columns.forEach((column, index) -> cells.put(column,
                    new ReferenceRow.Value(text(row.cell(index)), origin, table.get().marks())));
            String key = key(cells.get(file.keyColumn()).text(), origin, problems);
            if (key == null) {
                continue;
            }
            ReferenceRow first = rows.get(key);
            if (first != null) {
                problems.add(Problem.of(origin, file.keyColumn(), ProblemKey.DUPLICATE_KEY, key,
                        first.origin().row()));
                continue;
            }
            rows.put(key, new ReferenceRow(key, origin, cells));
        }
        return Optional.of(rows);
    }

    /** The key normalised: an ISO code for countries, an upper-case code for zones and footprints. */
    private String key(String text, RowOrigin origin, List<Problem> problems) {
        String column = file.keyColumn();
        if (text == null) {
            problems.add(Problem.of(origin, column, ProblemKey.REQUIRED));
            return null;
        }
        if (file == ReferenceFile.COUNTRIES) {
            String code = text.toUpperCase(Locale.ROOT);
            if (!IsoCountries.isKnown(code)) {
                problems.add(Problem.of(origin, column, ProblemKey.UNKNOWN_COUNTRY, text));
                return null;
            }
            return code;
        }
        String code = code(text);
        if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of(origin, column, ProblemKey.INVALID_ID, text));
            return null;
        }
        return code;
    }

    /** A zone or footprint code as written by a person: {@code red sea-suez} means {@code RED_SEA_SUEZ}. */
    static String code(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    private static String text(Cell cell) {
        return cell instanceof Cell.Text t ? t.value() : null;
    }
}
