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

/**
 * One reading of a reference CSV whose rows are keyed by some of its columns (the export-control files, the transport
 * tables, the duty-rate file): the CSV reading of the rest of the reference data ({@code ,} or {@code ;}, UTF-8 or
 * Windows-1252), the header checked by {@link ReferenceHeader}, each row's key cells normalised by the file's own
 * {@link KeyPart} and joined with {@code |}, a key given twice refused naming the first row. Problems are added, never
 * thrown.
 */
final class KeyedReferenceRows {

    private KeyedReferenceRows() {
    }

    /** Normalises one key cell, or returns null after adding a problem naming it. */
    @FunctionalInterface
    interface KeyPart {
        String of(String column, String text, RowOrigin origin, List<Problem> problems);
    }

    /**
     * @param columns    every column the file may have
     * @param expected   the columns this reading needs (a complete file: the required ones; an override: the keys)
     * @param keyColumns the columns that make a row's key, in key order
     * @return the rows by key in file order, or empty when the file as a whole is unusable
     */
    static Optional<Map<String, ReferenceRow>> read(String where, byte[] bytes, List<String> columns,
                                                    List<String> expected, List<String> keyColumns, KeyPart keyPart,
                                                    List<Problem> problems) {
        Optional<Table> table = new CsvTableReader(Set.copyOf(columns)).read(where, bytes, problems);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> found = ReferenceHeader.columns(table.get(), columns, expected, problems);
        if (found == null) {
            return Optional.empty();
        }
        Map<String, ReferenceRow> rows = new LinkedHashMap<>();
        for (Table.Row row : table.get().rows()) {
            RowOrigin origin = new RowOrigin(where, null, row.number());
            Map<String, ReferenceRow.Value> cells = new HashMap<>();
            found.forEach((column, index) -> cells.put(column,
                    new ReferenceRow.Value(text(row.cell(index)), origin, table.get().marks())));
            String key = key(keyColumns, keyPart, cells, origin, problems);
            if (key == null) {
                continue;
            }
            ReferenceRow first = rows.get(key);
            if (first != null) {
                problems.add(Problem.of(origin, keyColumns.get(0), ProblemKey.DUPLICATE_KEY,
                        key.replace('|', ','), first.origin().row()));
                continue;
            }
            rows.put(key, new ReferenceRow(key, origin, cells));
        }
        return Optional.of(rows);
    }

    /** An ISO 3166-1 alpha-2 code in upper case, or null with {@link ProblemKey#UNKNOWN_COUNTRY}. */
    static String country(String column, String text, RowOrigin origin, List<Problem> problems) {
        String code = text.toUpperCase(Locale.ROOT);
        if (!IsoCountries.isKnown(code)) {
            problems.add(Problem.of(origin, column, ProblemKey.UNKNOWN_COUNTRY, text));
            return null;
        }
        return code;
    }

    /** The key columns normalised and joined with {@code |}, or null with the problems added. */
    private static String key(List<String> keyColumns, KeyPart keyPart, Map<String, ReferenceRow.Value> cells,
                              RowOrigin origin, List<Problem> problems) {
        StringBuilder key = new StringBuilder();
        boolean usable = true;
        for (String column : keyColumns) {
            ReferenceRow.Value value = cells.get(column);
            String text = value == null ? null : value.text();
            if (text == null) {
                problems.add(Problem.of(origin, column, ProblemKey.REQUIRED));
                usable = false;
                continue;
            }
            String part = keyPart.of(column, text, origin, problems);
            if (part == null) {
                usable = false;
            } else {
                key.append(key.length() == 0 ? "" : "|").append(part);
            }
        }
        return usable ? key.toString() : null;
    }

    private static String text(Cell cell) {
        return cell instanceof Cell.Text t && !t.value().isBlank() ? t.value().strip() : null;
    }
}
