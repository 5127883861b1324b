package be.veerkracht.ingest.reference;

import be.veerkracht.geo.IsoCountries;
import be.veerkracht.ingest.read.CsvTableReader;
import be.veerkracht.ingest.read.Table;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import be.veerkracht.sourcing.country.CountryMatrix;
import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.sourcing.mcda.CriterionType;
import be.veerkracht.sourcing.mcda.DecisionMatrix;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Reads a country matrix in the long format of the shipped {@code sourcing/countries-sample.csv} (one row per
 * country and criterion, each with its unit, source and date; see the README.md next to it): the article's sample,
 * or a user's file in the same format. Countries and criteria keep the order of their first row. Every problem is
 * collected (unknown country, type or unit that differs between rows of one criterion, a value missing or given
 * twice, not a number), each naming file, row and column; if there is any, nothing is returned.
 */
public final class CountryMatrixLoader {

    /** The shipped sample, under the reference folder. */
    public static final String SAMPLE = "sourcing/countries-sample.csv";

    static final List<String> COLUMNS = List.of("country", "criterion", "type", "unit", "value", "as_given",
            "supplied_by", "source", "date");
    private static final List<String> REQUIRED = List.of("country", "criterion", "type", "value", "source", "date");

    private CountryMatrixLoader() {
    }

    /** The article's sample matrix (Vietnam, Poland, Turkey, Morocco). */
    public static CountryMatrix sample() {
        try {
            return read(SAMPLE + " (shipped)", ShippedReferenceData.bytes(SAMPLE));
        } catch (InvalidReferenceDataException broken) {
            throw new IllegalStateException("the shipped country sample is broken:" + System.lineSeparator()
                    + broken.report(Locale.ENGLISH), broken);
        }
    }

    /** A user's country matrix in the same format. */
    public static CountryMatrix load(Path file) throws InvalidReferenceDataException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new InvalidReferenceDataException(List.of(Problem.of(RowOrigin.wholeFile(file.toString(), null),
                    null, Files.exists(file) ? ProblemKey.FILE_UNREADABLE : ProblemKey.FILE_NOT_FOUND, file)));
        }
        return read(file.toString(), bytes);
    }

    static CountryMatrix read(String where, byte[] bytes) throws InvalidReferenceDataException {
        List<Problem> problems = new ArrayList<>();
        Optional<Table> table = new CsvTableReader(Set.copyOf(COLUMNS)).read(where, bytes, problems);
        Map<String, Integer> columns = table.isEmpty() ? null
                : ReferenceHeader.columns(table.get(), COLUMNS, REQUIRED, problems);
        if (columns == null) {
            throw new InvalidReferenceDataException(problems.isEmpty()
                    ? List.of(Problem.of(RowOrigin.wholeFile(where, null), null, ProblemKey.CSV_MALFORMED, where))
                    : problems);
        }
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        Set<String> dates = new TreeSet<>();
        List<String> notes = new ArrayList<>();
        for (Table.Row row : table.get().rows()) {
            RowOrigin origin = new RowOrigin(where, null, row.number());
            Map<String, String> cells = new LinkedHashMap<>();
            columns.forEach((column, index) -> {
                String text = row.cell(index) instanceof be.veerkracht.ingest.read.Cell.Text t ? t.value().strip()
                        : null;
                cells.put(column, text == null || text.isEmpty() ? null : text);
            });
            String country = required(cells, "country", origin, problems);
            String name = required(cells, "criterion", origin, problems);
            String typeText = required(cells, "type", origin, problems);
            String valueText = required(cells, "value", origin, problems);
            String source = required(cells, "source", origin, problems);
            String date = required(cells, "date", origin, problems);
            if (country == null || name == null || typeText == null || valueText == null || source == null
                    || date == null) {
                continue;
            }
            country = country.toUpperCase(Locale.ROOT);
            if (!IsoCountries.isKnown(country)) {
                problems.add(Problem.of(origin, "country", ProblemKey.UNKNOWN_COUNTRY, cells.get("country")));
                continue;
            }
            CriterionType type;
            try {
                type = CriterionType.parse(typeText);
            } catch (IllegalArgumentException bad) {
                problems.add(Problem.of(origin, "type", ProblemKey.NOT_ONE_OF, typeText, "benefit|cost"));
                continue;
            }
            Optional<BigDecimal> number = table.get().marks().parse(valueText);
            if (number.isEmpty()) {
                problems.add(Problem.of(origin, "value", ProblemKey.NOT_A_NUMBER, valueText));
                continue;
            }
            String unit = cells.get("unit") == null ? "" : cells.get("unit");
            Criterion first = criteria.putIfAbsent(name, new Criterion(name, type, unit, ""));
            if (first != null && first.type() != type) {
                problems.add(Problem.of(origin, "type", ProblemKey.NOT_ONE_OF, typeText, first.type().code()));
                continue;
            }
            if (first != null && !first.unit().equals(unit)) {
                problems.add(Problem.of(origin, "unit", ProblemKey.NOT_ONE_OF, unit, first.unit()));
                continue;
            }
            String key = country + " " + name;
            Integer earlier = firstRow.putIfAbsent(key, row.number());
            if (earlier != null) {
                problems.add(Problem.of(origin, "criterion", ProblemKey.DUPLICATE_KEY, key, earlier));
                continue;
            }
            values.computeIfAbsent(country, c -> new LinkedHashMap<>()).put(name, number.get().doubleValue());
            String supplied = cells.get("supplied_by") == null ? "" : cells.get("supplied_by");
            sources.computeIfAbsent(name, n -> new LinkedHashSet<>())
                    .add("user".equalsIgnoreCase(supplied) && !source.startsWith("user-supplied") ? "user-supplied: " + source
                            : source);
            dates.add(date);
            if (cells.get("as_given") != null) {
                notes.add(country + " " + name + ": " + cells.get("as_given")
                        + ("user".equalsIgnoreCase(supplied) ? " (user-supplied)" : ""));
            }
        }
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
            throw new InvalidReferenceDataException(problems);
        }
        List<Criterion> withSources = criteria.values().stream().map(c -> new Criterion(c.name(), c.type(), c.unit(),
                String.join("; ", sources.get(c.name())))).toList();
        List<List<Double>> rows = values.values().stream()
                .map(byCriterion -> criteria.keySet().stream().map(byCriterion::get).toList()).toList();
        DecisionMatrix matrix = new DecisionMatrix(List.copyOf(values.keySet()), withSources, rows);
        return new CountryMatrix(matrix, notes, where + ", dated " + String.join(", ", dates));
    }

    private static String required(Map<String, String> cells, String column, RowOrigin origin,
                                   List<Problem> problems) {
        String text = cells.get(column);
        if (text == null) {
            problems.add(Problem.of(origin, column, ProblemKey.REQUIRED));
        }
        return text;
    }
}
