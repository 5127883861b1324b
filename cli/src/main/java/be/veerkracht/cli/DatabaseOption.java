package be.veerkracht.cli;

import be.veerkracht.store.Database;
import be.veerkracht.store.DatabaseSettings;
import picocli.CommandLine.Option;

/** {@code --db JDBC_URL}: which database to use; default the embedded H2 file in {@code ~/.veerkracht}. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database to use, e.g. jdbc:postgresql://host/veerkracht (default: $VEERKRACHT_DB, "
                    + "else the embedded H2 file ~/.veerkracht/veerkracht).")
    private String url;

    public DatabaseSettings settings() {
        return DatabaseSettings.fromEnvironment(url);
    }

    public Database open() {
        return Database.open(settings());
    }

    /** The URL given with {@code --db}, if any (the demo ignores {@code VEERKRACHT_DB}: it keeps to its own file). */
    public java.util.Optional<String> given() {
        return java.util.Optional.ofNullable(url);
    }
}
