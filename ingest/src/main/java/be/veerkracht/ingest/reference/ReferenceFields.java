package be.veerkracht.ingest.reference;

import be.veerkracht.ingest.read.DecimalMark;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cells of one {@link ReferenceRow} read into typed values. A value that cannot be read adds a {@link Problem}
 * naming the file and row the cell was written on and its column, and gives {@code null}, so every problem of a
 * row is reported at once.
 */
final class ReferenceFields {

    /** Lists in one cell ({@code NATO WASSENAAR}) are separated by blanks; {@code ,}, {@code ;} and {@code |} also work. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s,;|]+");

    private final ReferenceRow row;
    private final List<Problem> problems;
    private final int problemsBefore;

    ReferenceFields(ReferenceRow row, List<Problem> problems) {
        this.row = row;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    String key() {
        return row.key();
    }

    /** True when no cell of this row had a problem so far. */
    boolean clean() {
        return problems.size() == problemsBefore;
    }

    /** Where a column's value was written: its own file and row, else the row as a whole. */
    RowOrigin origin(String column) {
        ReferenceRow.Value value = row.cell(column);
        return value == null ? row.origin() : value.origin();
    }

    void problem(String column, ProblemKey key, Object... args) {
        problems.add(Problem.of(origin(column), column, key, args));
    }

    /** The text, or null when blank. */
    String text(String column) {
        ReferenceRow.Value value = row.cell(column);
        return value == null ? null : value.text();
    }

    String requiredText(String column) {
        String text = text(column);
        if (text == null) {
            problem(column, ProblemKey.REQUIRED);
        }
        return text;
    }

    /** The words of a list cell, upper-cased; empty when blank. */
    List<String> words(String column) {
        String text = text(column);
        if (text == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : LIST_SEPARATOR.split(text.strip())) {
            if (!word.isEmpty()) {
                words.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** A number in the file's decimal convention, or null when blank or unreadable. */
    BigDecimal number(String column) {
        ReferenceRow.Value value = row.cell(column);
        if (value == null || value.text() == null) {
            return null;
        }
        String text = value.text();
        DecimalMark marks = value.marks();
        Optional<BigDecimal> parsed = marks.parse(text);
        if (parsed.isPresent()) {
            return parsed.get();
        }
        Optional<String> suggestion = marks.suggestion(text);
        if (suggestion.isPresent()) {
            problem(column, marks == DecimalMark.COMMA ? ProblemKey.DECIMAL_COMMA_EXPECTED
                    : ProblemKey.DECIMAL_POINT_EXPECTED, text, suggestion.get());
        } else {
            problem(column, ProblemKey.NOT_A_NUMBER, text);
        }
        return null;
    }

    /** A number above zero, or null. */
    Double positive(String column) {
        BigDecimal value = number(column);
        if (value != null && value.signum() <= 0) {
            problem(column, ProblemKey.MUST_BE_POSITIVE, text(column));
            return null;
        }
        return value == null ? null : value.doubleValue();
    }

    /** A percentile rank 0..100, or null. */
    Double percentile(String column) {
        BigDecimal value = number(column);
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problem(column, ProblemKey.SHARE_PERCENT_OUT_OF_RANGE, text(column));
            return null;
        }
        return value == null ? null : value.doubleValue();
    }

    /** One of an enum's constants, in any case, with {@code -} or blanks for {@code _}; null when blank or unknown. */
    <E extends Enum<E>> E oneOf(String column, Class<E> type, boolean required) {
        String text = required ? requiredText(column) : text(column);
        return text == null ? null : constant(column, type, text);
    }

    /** Every word of a list cell as an enum constant; unknown words are reported and left out. */
    <E extends Enum<E>> List<E> listOf(String column, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String word : words(column)) {
            E value = constant(column, type, word);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private <E extends Enum<E>> E constant(String column, Class<E> type, String text) {
        String name = ReferenceTableReader.code(text);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problem(column, ProblemKey.NOT_ONE_OF, text, Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining("|")));
        return null;
    }
}
