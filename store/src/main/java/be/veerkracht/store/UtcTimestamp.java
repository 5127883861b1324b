package be.veerkracht.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;

/**
 * How the store writes and reads instants: {@code TIMESTAMP(3) WITH TIME ZONE} through {@link OffsetDateTime}
 * in UTC, which both drivers map without touching the JVM's time zone (JDBC 4.2, Appendix B), at millisecond
 * precision so what is read back equals what was written.
 */
public final class UtcTimestamp {

    private UtcTimestamp() {
    }

    /** The instant as stored: truncated to whole milliseconds. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A JDBC argument binding {@code instant} (which must already be {@link #stored}) as UTC. */
    public static Argument argument(Instant instant) {
        OffsetDateTime utc = instant.atOffset(ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, utc);
    }

    public static Instant read(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
