package be.veerkracht.portfolio;

import be.veerkracht.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with an imported portfolio, located as precisely as the data allows.
 *
 * @param origin file, sheet and row; row 0 for the file or sheet as a whole
 * @param field  the column, or null when the problem is not about one column
 * @param key    what is wrong
 * @param args   the message arguments, already formatted (the offending text as the user wrote it)
 */
public record Problem(RowOrigin origin, String field, ProblemKey key, List<String> args) {

    public Problem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Problem of(RowOrigin origin, String field, ProblemKey key, Object... args) {
        return new Problem(origin, field, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** E.g. {@code sourcing.csv: row 5, lead_time_days: must be > 0, got -5}. */
    public String message(Locale locale) {
        StringBuilder text = new StringBuilder(origin.where()).append(": ");
        if (origin.row() > 0) {
            text.append(Messages.format(Label.ROW, locale, String.valueOf(origin.row())));
            text.append(field == null ? ": " : ", ");
        }
        if (field != null) {
            text.append(field).append(": ");
        }
        return text.append(Messages.format(key, locale, args.toArray())).toString();
    }

    /** Words around the problem text. */
    enum Label implements be.veerkracht.i18n.MessageKey {
        ROW, SUMMARY;

        @Override
        public String bundle() {
            return ProblemKey.BUNDLE;
        }

        @Override
        public String key() {
            return "label." + name().toLowerCase(Locale.ROOT);
        }
    }
}
