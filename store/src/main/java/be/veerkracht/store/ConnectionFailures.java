package be.veerkracht.store;

import java.sql.SQLException;

/**
 * Turns a driver's failure to connect into a {@link StoreException} a user can act on. Both drivers report
 * SQLSTATE class 28 for a rejected login (SQL standard "invalid authorization specification"); H2 reports
 * 90020 when another process holds the file without offering a server (H2 {@code ErrorCode.DATABASE_ALREADY_OPEN_1}).
 */
final class ConnectionFailures {

    private static final String ACCESS_DENIED_CLASS = "28";
    private static final String H2_ALREADY_OPEN = "90020";

    private ConnectionFailures() {
    }

    static StoreException translate(SQLException failure, DatabaseSettings settings) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String url = settings.displayUrl();
        if (state.startsWith(ACCESS_DENIED_CLASS)) {
            return StoreException.because(failure, StoreProblem.ACCESS_DENIED, url);
        }
        if (state.equals(H2_ALREADY_OPEN)) {
            return StoreException.because(failure, StoreProblem.DATABASE_IN_USE, url);
        }
        return StoreException.because(failure, StoreProblem.CANNOT_CONNECT, url, firstLine(failure.getMessage()));
    }

    /** The first line of a driver message: H2 appends SQL and stack details on later lines. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
