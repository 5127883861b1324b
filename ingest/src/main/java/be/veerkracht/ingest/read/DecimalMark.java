package be.veerkracht.ingest.read;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a file writes numbers as text. One convention per file, fixed by its separator: a {@code ,}-separated file
 * uses decimal points and no grouping; a {@code ;}-separated file (Dutch and French Excel) uses decimal commas and
 * may group thousands with {@code .} or a space. Workbooks store numbers typed, so their rare text numbers are read
 * with points.
 */
public enum DecimalMark {
    POINT(Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?")),
    COMMA(Pattern.compile("[+-]?([0-9]+|[0-9]{1,3}(\\.[0-9]{3})+|[0-9]{1,3}([ \u00A0\u202F][0-9]{3})+)(,[0-9]+)?"));

    private final Pattern valid;

    DecimalMark(Pattern valid) {
        this.valid = valid;
    }

    /** The exact value of {@code text}, or empty when it is not a number in this convention. */
    public Optional<BigDecimal> parse(String text) {
        if (!valid.matcher(text).matches()) {
            return Optional.empty();
        }
        String plain = this == POINT ? text
                : text.replace(".", "").replace(" ", "").replace("\u00A0", "").replace("\u202F", "")
                        .replace(',', '.');
        return Optional.of(new BigDecimal(plain));
    }

    /**
     * For text this convention rejects but the other would accept, how the user should have written it (the
     * value in this convention); empty when the text is no number in either.
     */
    public Optional<String> suggestion(String text) {
        DecimalMark other = this == POINT ? COMMA : POINT;
        Optional<BigDecimal> value = other.parse(text);
        if (value.isEmpty() && this == POINT && text.matches("[+-]?[0-9]+,[0-9]+")) {
            value = COMMA.parse(text);
        }
        return value.map(this::write);
    }

    /** The value written in this convention, without grouping. */
    public String write(BigDecimal value) {
        String plain = value.toPlainString();
        return this == POINT ? plain : plain.replace('.', ',');
    }
}
