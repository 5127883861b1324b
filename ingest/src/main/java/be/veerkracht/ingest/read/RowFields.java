package be.veerkracht.ingest.read;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.IsoCountries;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The cells of one row, read by column name into typed values. A value that cannot be read adds a {@link Problem}
 * naming the row and column and gives {@code null}, so a row reports all its problems at once.
 */
final class RowFields {

    /** Words people and ERPs write for true and false, in English, Dutch and French. */
    private static final Map<String, Boolean> BOOLEAN_WORDS = Map.ofEntries(
            Map.entry("true", true), Map.entry("false", false), Map.entry("yes", true), Map.entry("no", false),
            Map.entry("y", true), Map.entry("n", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("ja", true), Map.entry("nee", false), Map.entry("j", true), Map.entry("waar", true),
            Map.entry("onwaar", false), Map.entry("oui", true), Map.entry("non", false),
            Map.entry("vrai", true), Map.entry("faux", false), Map.entry("x", true));

    /** Codes ISO 3166 reserves for the EU's own use (Eurostat): accepted for the country they stand for. */
    private static final Map<String, String> EU_COUNTRY_ALIASES = Map.of("UK", "GB", "EL", "GR");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Table.Row row;
    private final Map<String, Integer> columns;
    private final RowOrigin origin;
    private final DecimalMark marks;
    private final List<Problem> problems;
    private final int problemsBefore;

    RowFields(Table table, Table.Row row, Map<String, Integer> columns, List<Problem> problems) {
        this.row = row;
        this.columns = columns;
        this.origin = new RowOrigin(table.file(), table.sheet(), row.number());
        this.marks = table.marks();
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    RowOrigin origin() {
        return origin;
    }

    /** True when no cell of this row had a problem so far. */
    boolean clean() {
        return problems.size() == problemsBefore;
    }

    void problem(String column, ProblemKey key, Object... args) {
        problems.add(Problem.of(origin, column, key, args));
    }

    private Cell cell(String column) {
        Integer index = columns.get(column);
        return index == null ? Cell.EMPTY : row.cell(index);
    }

    /** The cell as text; numbers as their plain decimal form (an ID typed as a number in Excel). */
    String text(String column) {
        Cell cell = cell(column);
        return cell instanceof Cell.Empty ? null : textOf(cell);
    }

    String requiredText(String column) {
        String text = text(column);
        if (text == null) {
            problem(column, ProblemKey.REQUIRED);
        }
        return text;
    }

    /** The exact value of a numeric cell; null when empty (and a problem when required) or unreadable. */
    BigDecimal decimal(String column, Bound bound, boolean required) {
        Cell cell = cell(column);
        BigDecimal value;
        if (cell instanceof Cell.Empty) {
            if (required) {
                problem(column, ProblemKey.REQUIRED);
            }
            value = null;
        } else if (cell instanceof Cell.Number n) {
            value = plain(n.value());
        } else if (cell instanceof Cell.Text t) {
            value = parseText(column, t.value());
        } else {
            value = notANumber(column, textOf(cell));
        }
        return value == null ? null : bound.check(value, column, this);
    }

    Double number(String column, Bound bound, boolean required) {
        BigDecimal value = decimal(column, bound, required);
        return value == null ? null : value.doubleValue();
    }

    Integer wholeNumber(String column, Bound bound) {
        BigDecimal value = decimal(column, bound, false);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException fraction) {
            problem(column, ProblemKey.NOT_A_WHOLE_NUMBER, value.toPlainString());
            return null;
        }
    }

    Long longNumber(String column, Bound bound) {
        BigDecimal value = decimal(column, bound, false);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException fraction) {
            problem(column, ProblemKey.NOT_A_WHOLE_NUMBER, value.toPlainString());
            return null;
        }
    }

    /**
     * A share of demand: a fraction 0..1, or a percentage written with {@code %}. A bare number above 1 is an
     * error, not silently read as a percentage: {@code 80} may be a typo for {@code 0.80} or for {@code 8%}.
     */
    Double share(String column) {
        Cell cell = cell(column);
        if (cell instanceof Cell.Text t && t.value().endsWith("%")) {
            String number = t.value().substring(0, t.value().length() - 1).strip();
            BigDecimal percent = parseText(column, number);
            if (percent == null) {
                return null;
            }
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                problem(column, ProblemKey.SHARE_PERCENT_OUT_OF_RANGE, t.value());
                return null;
            }
            return percent.movePointLeft(2).doubleValue();
        }
        BigDecimal fraction = decimal(column, Bound.NON_NEGATIVE, true);
        if (fraction == null) {
            return null;
        }
        if (fraction.compareTo(BigDecimal.ONE) > 0) {
            String written = text(column);
            problem(column, ProblemKey.SHARE_WITHOUT_PERCENT, written,
                    marks.write(fraction.movePointLeft(2).stripTrailingZeros()));
            return null;
        }
        return fraction.doubleValue();
    }

    Boolean bool(String column) {
        Cell cell = cell(column);
        if (cell instanceof Cell.Empty) {
            return null;
        }
        if (cell instanceof Cell.Bool b) {
            return b.value();
        }
        String text = textOf(cell);
        Boolean value = BOOLEAN_WORDS.get(text.toLowerCase(Locale.ROOT));
        if (value == null) {
            problem(column, ProblemKey.NOT_A_BOOLEAN, text);
        }
        return value;
    }

    CountryCode country(String column, boolean required) {
        String text = required ? requiredText(column) : text(column);
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        code = EU_COUNTRY_ALIASES.getOrDefault(code, code);
        if (!IsoCountries.isKnown(code)) {
            problem(column, ProblemKey.UNKNOWN_COUNTRY, text);
            return null;
        }
        return new CountryCode(code);
    }

    /** One of an enum's constants, written in any case with {@code -} or blanks for {@code _}. */
    <E extends Enum<E>> E oneOf(String column, Class<E> type) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
        problem(column, ProblemKey.NOT_ONE_OF, text, allowed);
        return null;
    }

    /** Text that must match a pattern, e.g. an Annex I code. */
    String matching(String column, java.util.regex.Pattern pattern, ProblemKey key) {
        String text = text(column);
        if (text != null && !pattern.matcher(text).matches()) {
            problem(column, key, text);
            return null;
        }
        return text;
    }

    /** Cells under headers the schema does not know, by header, non-empty only. */
    Map<String, String> extras(Map<String, Integer> extraColumns) {
        Map<String, String> extras = new TreeMap<>();
        extraColumns.forEach((header, index) -> {
            Cell cell = row.cell(index);
            if (!(cell instanceof Cell.Empty)) {
                extras.put(header, textOf(cell));
            }
        });
        return extras;
    }

    private static String textOf(Cell cell) {
        if (cell instanceof Cell.Text t) {
            return t.value();
        }
        if (cell instanceof Cell.Number n) {
            return plain(n.value()).toPlainString();
        }
        if (cell instanceof Cell.Bool b) {
            return String.valueOf(b.value());
        }
        if (cell instanceof Cell.Date d) {
            return d.value().toString();
        }
        return "";
    }

    /** The decimal Excel showed for a double: the shortest text that reads back to it ({@link Double#toString}). */
    private static BigDecimal plain(double value) {
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    private BigDecimal parseText(String column, String text) {
        Optional<BigDecimal> value = marks.parse(text);
        if (value.isPresent()) {
            return value.get();
        }
        Optional<String> suggestion = marks.suggestion(text);
        if (suggestion.isPresent()) {
            problem(column, marks == DecimalMark.COMMA ? ProblemKey.DECIMAL_COMMA_EXPECTED
                    : ProblemKey.DECIMAL_POINT_EXPECTED, text, suggestion.get());
            return null;
        }
        return notANumber(column, text);
    }

    private BigDecimal notANumber(String column, String text) {
        problem(column, ProblemKey.NOT_A_NUMBER, text);
        return null;
    }

    /** The range a number must fall in. */
    enum Bound {
        ANY, NON_NEGATIVE, POSITIVE;

        BigDecimal check(BigDecimal value, String column, RowFields fields) {
            if (this == POSITIVE && value.signum() <= 0) {
                fields.problem(column, ProblemKey.MUST_BE_POSITIVE, fields.text(column));
                return null;
            }
            if (this == NON_NEGATIVE && value.signum() < 0) {
                fields.problem(column, ProblemKey.MUST_BE_NON_NEGATIVE, fields.text(column));
                return null;
            }
            return value;
        }
    }
}
