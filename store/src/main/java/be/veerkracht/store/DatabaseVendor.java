package be.veerkracht.store;

import java.util.Locale;
import java.util.Optional;

/** The databases the store runs on: embedded H2 (the default, one user) and PostgreSQL (a shared server). */
public enum DatabaseVendor {
    H2("jdbc:h2:"),
    POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    DatabaseVendor(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** The vendor a JDBC URL names, or empty for any other. */
    public static Optional<DatabaseVendor> of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        for (DatabaseVendor vendor : values()) {
            if (url.startsWith(vendor.urlPrefix)) {
                return Optional.of(vendor);
            }
        }
        return Optional.empty();
    }
}
