package be.veerkracht.ingest.sanctions;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Checks the dates of the lists: full dates {@code yyyy-mm-dd}, and the partial dates of birth the model keeps
 * ({@code yyyy}, {@code yyyy-mm}). A date that does not exist (2023-02-30) is refused, not rolled over.
 */
final class PartialDates {

    /** Earliest plausible year of birth or listing; a smaller year is a typing error in the list. */
    static final int MIN_YEAR = 1850;
    /** Latest plausible year. */
    static final int MAX_YEAR = 2100;
    /** Length of {@code yyyy-mm-dd}: the prefix of a timestamp or a dated value with a time zone. */
    static final int ISO_DATE_LENGTH = 10;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PartialDates() {
    }

    /** The partial date normalised, or null when {@code text} is not one of the three forms or not a real date. */
    static String partialOrNull(String text) {
        String value = text.strip();
        try {
            if (YEAR.matcher(value).matches()) {
                return plausible(Integer.parseInt(value)) ? value : null;
            }
            if (YEAR_MONTH.matcher(value).matches()) {
                return plausible(YearMonth.parse(value).getYear()) ? value : null;
            }
            if (FULL_DATE.matcher(value).matches()) {
                return plausible(LocalDate.parse(value).getYear()) ? value : null;
            }
        } catch (DateTimeException notADate) {
            return null;
        }
        return null;
    }

    /**
     * The date at the start of {@code text} ({@code 2026-02-27}, {@code 2026-02-27T00:00:09.554Z},
     * {@code 2001-01-25-05:00}), or null when it does not start with a real date.
     */
    static LocalDate leadingDateOrNull(String text) {
        String value = text.strip();
        if (value.length() < ISO_DATE_LENGTH || !FULL_DATE.matcher(value.substring(0, ISO_DATE_LENGTH)).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, ISO_DATE_LENGTH));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** A year as a string if it is a plausible four-digit year, otherwise null. */
    static String yearOrNull(String text) {
        String value = text.strip();
        return YEAR.matcher(value).matches() && plausible(Integer.parseInt(value)) ? value : null;
    }

    private static boolean plausible(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
