package be.veerkracht.ingest.reference;

import be.veerkracht.geo.IsoCountries;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.ingest.read.Cell;
import be.veerkracht.ingest.read.CsvTableReader;
import be.veerkracht.ingest.read.Table;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import be.veerkracht.sourcing.landed.DutyRate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one transport or duty-rate file into rows keyed by its key columns (joined with {@code |}), with the CSV
 * reading of the rest of the reference data ({@code ,} or {@code ;}, UTF-8 or Windows-1252). A complete file has
 * every required column; an override needs only the key columns and may not have unknown ones.
 */
final class TransportRows {

    private TransportRows() {
    }

    static Optional<Map<String, ReferenceRow>> read(TransportFile file, String where, byte[] bytes, boolean complete,
                                                    List<Problem> problems) {
        Optional<Table> table = new CsvTableReader(Set.copyOf(file.columns())).read(where, bytes, problems);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> columns = ReferenceHeader.columns(table.get(), file.columns(),
                complete ? file.required() : file.keyColumns(), problems);
        if (columns == null) {
            return Optional.empty();
        }
        Map<String, ReferenceRow> rows = new LinkedHashMap<>();
        for (Table.Row row : table.get().rows()) {
            RowOrigin origin = new RowOrigin(where, null, row.number());
            Map<String, ReferenceRow.Value> cells = new HashMap<>();
            columns.forEach((column, index) -> cells.put(column,
                    new ReferenceRow.Value(text(row.cell(index)), origin, table.get().marks())));
            String key = key(file, cells, origin, problems);
            if (key == null) {
                continue;
            }
            ReferenceRow first = rows.get(key);
            if (first != null) {
                problems.add(Problem.of(origin, file.keyColumns().get(0), ProblemKey.DUPLICATE_KEY,
                        key.replace('|', ','), first.origin().row()));
                continue;
            }
            rows.put(key, new ReferenceRow(key, origin, cells));
        }
        return Optional.of(rows);
    }

    private static String key(TransportFile file, Map<String, ReferenceRow.Value> cells, RowOrigin origin,
                              List<Problem> problems) {
        StringBuilder key = new StringBuilder();
        boolean usable = true;
        for (String column : file.keyColumns()) {
            ReferenceRow.Value value = cells.get(column);
            String text = value == null ? null : value.text();
            if (text == null) {
                problems.add(Problem.of(origin, column, ProblemKey.REQUIRED));
                usable = false;
                continue;
            }
            String part = keyPart(column, text, origin, problems);
            if (part == null) {
                usable = false;
            } else {
                key.append(key.length() == 0 ? "" : "|").append(part);
            }
        }
        return usable ? key.toString() : null;
    }

    private static String keyPart(String column, String text, RowOrigin origin, List<Problem> problems) {
        switch (column) {
            case TransportFile.Columns.COUNTRY -> {
                String code = text.toUpperCase(Locale.ROOT);
                if (!IsoCountries.isKnown(code)) {
                    problems.add(Problem.of(origin, column, ProblemKey.UNKNOWN_COUNTRY, text));
                    return null;
                }
                return code;
            }
            case TransportFile.Columns.MODE -> {
                String mode = ReferenceTableReader.code(text);
                if (Arrays.stream(TransportMode.values()).noneMatch(m -> m.name().equals(mode))) {
                    problems.add(Problem.of(origin, column, ProblemKey.NOT_ONE_OF, text, modes()));
                    return null;
                }
                return mode;
            }
            case TransportFile.Columns.HS_PREFIX -> {
                String digits = text.replaceAll("[.\\s]", "");
                if (!DutyRate.HS_PREFIX.matcher(digits).matches()) {
                    problems.add(Problem.of(origin, column, ProblemKey.NOT_AN_HS_CODE, text));
                    return null;
                }
                return digits;
            }
            default -> {
                String code = text.toUpperCase(Locale.ROOT);
                if (!code.equals(DutyRate.MFN) && !code.equals(DutyRate.PREFERENTIAL)
                        && !IsoCountries.isKnown(code)) {
                    problems.add(Problem.of(origin, column, ProblemKey.NOT_ONE_OF, text,
                            "MFN|PREFERENTIAL|an ISO 3166-1 alpha-2 code"));
                    return null;
                }
                return code;
            }
        }
    }

    static String modes() {
        return Arrays.stream(TransportMode.values()).map(TransportMode::code).collect(Collectors.joining("|"));
    }

    private static String text(Cell cell) {
        return cell instanceof Cell.Text t && !t.value().isBlank() ? t.value().strip() : null;
    }
}
