package be.veerkracht.ingest.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the moment of a measurement as laboratories and Excel write it: ISO 8601 with an offset
 * ({@code 2026-06-01T08:00:00Z}, {@code 2026-06-01T10:00:00+02:00}), or a local date and time in ISO form
 * ({@code 2026-06-01 08:00}, {@code 2026-06-01T08:00:00}) or as Belgian Excel shows it ({@code 1/06/2026 8:00},
 * {@code 01-06-2026 08:00:00}), or a date alone (midnight). Local times are taken in the reader's zone.
 */
final class Timestamps {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd[' ']['T']HH:mm[:ss][.SSS]", Locale.ROOT),
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("d-M-uuuu H:mm[:ss]", Locale.ROOT));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT),
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT));

    private Timestamps() {
    }

    /** The instant the text names, or empty when it is none of the accepted forms. */
    static Optional<Instant> parse(String text, ZoneId zone) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            // try the local forms
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(text, format).atZone(zone).toInstant());
            } catch (DateTimeParseException notThis) {
                // next form
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format).atStartOfDay(zone).toInstant());
            } catch (DateTimeParseException notThis) {
                // next form
            }
        }
        return Optional.empty();
    }
}
