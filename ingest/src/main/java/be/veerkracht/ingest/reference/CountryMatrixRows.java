package be.veerkracht.ingest.reference;

import be.veerkracht.geo.IsoCountries;
import be.veerkracht.ingest.read.Cell;
import be.veerkracht.ingest.read.DecimalMark;
import be.veerkracht.ingest.read.Table;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import be.veerkracht.sourcing.country.CountryMatrix;
import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.sourcing.mcda.CriterionType;
import be.veerkracht.sourcing.mcda.DecisionMatrix;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of a country matrix file, collected one by one ({@link #add}) into countries, criteria, values, sources,
 * dates and notes, every problem recorded; {@link #matrix} checks that every country has every criterion.
 */
final class CountryMatrixRows {

    private static final String USER = "user";
    private static final String USER_SUPPLIED = "user-supplied";

    private final String where;
    private final Map<String, Integer> columns;
    private final DecimalMark marks;
    private final List<Problem> problems;
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    private final Map<String, Integer> firstRow = new LinkedHashMap<>();
    private final Map<String, Set<String>> sources = new LinkedHashMap<>();
    private final Set<String> dates = new TreeSet<>();
    private final List<String> notes = new ArrayList<>();

    CountryMatrixRows(String where, Map<String, Integer> columns, DecimalMark marks, List<Problem> problems) {
        this.where = where;
        this.columns = columns;
        this.marks = marks;
        this.problems = problems;
    }

    /** One value of the file as read, before it is checked against the rows before it. */
    private record Entry(RowOrigin origin, String country, String criterion, CriterionType type, String typeText,
                         String unit, double value, String source, String date, boolean userSupplied,
                         String asGiven) {
    }

    void add(Table.Row row) {
        RowOrigin origin = new RowOrigin(where, null, row.number());
        Entry entry = entry(cells(row), origin);
        if (entry != null && consistent(entry)) {
            values.computeIfAbsent(entry.country(), c -> new LinkedHashMap<>()).put(entry.criterion(), entry.value());
            sources.computeIfAbsent(entry.criterion(), n -> new LinkedHashSet<>()).add(
                    entry.userSupplied() && !entry.source().startsWith(USER_SUPPLIED)
                            ? USER_SUPPLIED + ": " + entry.source() : entry.source());
            dates.add(entry.date());
            if (entry.asGiven() != null) {
                notes.add(entry.country() + " " + entry.criterion() + ": " + entry.asGiven()
                        + (entry.userSupplied() ? " (" + USER_SUPPLIED + ")" : ""));
            }
        }
    }

    /** The matrix, or null with problems added when a country lacks a criterion or there is no row. */
    CountryMatrix matrix() {
        RowOrigin wholeFile = RowOrigin.wholeFile(where, null);
        for (String country : values.keySet()) {
            for (String criterion : criteria.keySet()) {
                if (!values.get(country).containsKey(criterion)) {
                    problems.add(Problem.of(wholeFile, country + " " + criterion, ProblemKey.REQUIRED));
                }
            }
        }
        if (values.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of(wholeFile, null, ProblemKey.REQUIRED));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<Criterion> withSources = criteria.values().stream().map(c -> new Criterion(c.name(), c.type(), c.unit(),
                String.join("; ", sources.get(c.name())))).toList();
        List<List<Double>> rows = values.values().stream()
                .map(byCriterion -> criteria.keySet().stream().map(byCriterion::get).toList()).toList();
        DecisionMatrix matrix = new DecisionMatrix(List.copyOf(values.keySet()), withSources, rows);
        return new CountryMatrix(matrix, notes, where + ", dated " + String.join(", ", dates));
    }

    private Map<String, String> cells(Table.Row row) {
        Map<String, String> cells = new LinkedHashMap<>();
        columns.forEach((column, index) -> {
            String text = row.cell(index) instanceof Cell.Text t ? t.value().strip() : null;
            cells.put(column, text == null || text.isEmpty() ? null : text);
        });
        return cells;
    }

    /** The row's entry, or null with its problems added. */
    private Entry entry(Map<String, String> cells, RowOrigin origin) {
        String country = required(cells, "country", origin);
        String name = required(cells, "criterion", origin);
        String typeText = required(cells, "type", origin);
        String valueText = required(cells, "value", origin);
        String source = required(cells, "source", origin);
        String date = required(cells, "date", origin);
        if (country == null || name == null || typeText == null || valueText == null || source == null
                || date == null) {
            return null;
        }
        String code = country.toUpperCase(Locale.ROOT);
        if (!IsoCountries.isKnown(code)) {
            problems.add(Problem.of(origin, "country", ProblemKey.UNKNOWN_COUNTRY, country));
            return null;
        }
        CriterionType type;
        try {
            type = CriterionType.parse(typeText);
        } catch (IllegalArgumentException bad) {
            problems.add(Problem.of(origin, "type", ProblemKey.NOT_ONE_OF, typeText, "benefit|cost"));
            return null;
        }
        Optional<BigDecimal> number = marks.parse(valueText);
        if (number.isEmpty()) {
            problems.add(Problem.of(origin, "value", ProblemKey.NOT_A_NUMBER, valueText));
            return null;
        }
        String unit = cells.get("unit") == null ? "" : cells.get("unit");
        return new Entry(origin, code, name, type, typeText, unit, number.get().doubleValue(), source, date,
                USER.equalsIgnoreCase(cells.get("supplied_by")), cells.get("as_given"));
    }

    /** True when the entry agrees with the criterion's first row and is not given twice; else a problem. */
    private boolean consistent(Entry entry) {
        Criterion first = criteria.putIfAbsent(entry.criterion(),
                new Criterion(entry.criterion(), entry.type(), entry.unit(), ""));
        if (first != null && first.type() != entry.type()) {
            problems.add(Problem.of(entry.origin(), "type", ProblemKey.NOT_ONE_OF, entry.typeText(),
                    first.type().code()));
            return false;
        }
        if (first != null && !first.unit().equals(entry.unit())) {
            problems.add(Problem.of(entry.origin(), "unit", ProblemKey.NOT_ONE_OF, entry.unit(), first.unit()));
            return false;
        }
        String key = entry.country() + " " + entry.criterion();
        Integer earlier = firstRow.putIfAbsent(key, entry.origin().row());
        if (earlier != null) {
            problems.add(Problem.of(entry.origin(), "criterion", ProblemKey.DUPLICATE_KEY, key, earlier));
            return false;
        }
        return true;
    }

    private String required(Map<String, String> cells, String column, RowOrigin origin) {
        String text = cells.get(column);
        if (text == null) {
            problems.add(Problem.of(origin, column, ProblemKey.REQUIRED));
        }
        return text;
    }
}
