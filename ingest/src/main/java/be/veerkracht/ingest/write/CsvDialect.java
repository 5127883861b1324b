package be.veerkracht.ingest.write;

import java.math.BigDecimal;

/**
 * The two CSV conventions Belgian Excel and ERPs use (see the import format): {@link #COMMA}, {@code ,}-separated
 * with decimal points and no grouping (English Excel, most ERP exports), and {@link #SEMICOLON}, {@code ;}-separated
 * with decimal commas (Dutch and French Excel, "CSV (gescheiden door lijstscheidingsteken)"), which may group
 * thousands with {@code .}.
 */
public enum CsvDialect {
    COMMA(',', '.'),
    SEMICOLON(';', ',');

    /** The thousands separator of the {@code ;} dialect, as Dutch and French Excel write it. */
    public static final char GROUPING = '.';

    private final char separator;
    private final char decimalMark;

    CsvDialect(char separator, char decimalMark) {
        this.separator = separator;
        this.decimalMark = decimalMark;
    }

    public char separator() {
        return separator;
    }

    public char decimalMark() {
        return decimalMark;
    }

    /**
     * {@code value} in this dialect: {@link BigDecimal#toPlainString()} (never the JVM's locale), its point
     * replaced by this dialect's mark, the integer digits grouped by three when asked: 1234567.5 becomes
     * {@code 1.234.567,5}.
     *
     * @throws IllegalArgumentException when grouping is asked of {@link #COMMA}, which has none
     */
    public String format(BigDecimal value, boolean groupThousands) {
        if (groupThousands && this == COMMA) {
            throw new IllegalArgumentException("a ','-separated file has no thousands grouping");
        }
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : decimalMark + plain.substring(point + 1);
        return (groupThousands ? grouped(integer) : integer) + fraction;
    }

    private static String grouped(String integer) {
        boolean negative = integer.startsWith("-");
        String digits = negative ? integer.substring(1) : integer;
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            text.append(GROUPING).append(digits, i, i + 3);
        }
        return (negative ? "-" : "") + text;
    }
}
