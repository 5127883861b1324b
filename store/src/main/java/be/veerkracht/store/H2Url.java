package be.veerkracht.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An H2 URL taken apart and completed with the settings the store relies on; a setting the user already wrote
 * is kept.
 *
 * <ul>
 *   <li>{@code MODE=PostgreSQL}, {@code DATABASE_TO_LOWER=TRUE}, {@code DEFAULT_NULL_ORDERING=HIGH}: one set of
 *       migrations runs on both databases. In this mode an unconstrained {@code NUMERIC} is H2's
 *       {@code DECFLOAT}, which keeps every digit of a BigDecimal (in H2's default mode it would be
 *       {@code NUMERIC(100000, 0)} and drop the decimals). See the H2 "Compatibility" and "Data Types" pages.</li>
 *   <li>{@code AUTO_SERVER=TRUE} for a local file: a second process opening the same file connects through the
 *       first one instead of failing ("Automatic Mixed Mode" in the H2 documentation).</li>
 *   <li>{@code LOCK_TIMEOUT}: how long a writer waits for another's lock (audit chain head) before failing.</li>
 * </ul>
 *
 * <p>{@code USER} and {@code PASSWORD} written in the URL are taken out and passed as credentials: H2 refuses a
 * connection that has them both in the URL and in the connection properties (error 90066).
 *
 * @param url      the URL to connect with: completed, without credentials
 * @param user     from the URL, else from the settings, else H2's default (empty)
 * @param password from the URL, else from the settings, else empty
 */
record H2Url(String url, String user, String password) {

    /** Milliseconds a transaction waits for a row lock held by another (H2's default is 1000 ms). */
    static final int LOCK_TIMEOUT_MS = 30_000;

    private static final Map<String, String> REQUIRED = Map.of(
            "MODE", "PostgreSQL",
            "DATABASE_TO_LOWER", "TRUE",
            "DEFAULT_NULL_ORDERING", "HIGH",
            "LOCK_TIMEOUT", String.valueOf(LOCK_TIMEOUT_MS));

    /** Where H2 keeps data not in a local file: no auto-server for these. */
    private static final List<String> NOT_A_LOCAL_FILE = List.of("mem:", "tcp:", "ssl:", "zip:", "memfs:", "memlzf:");

    /** A file-system prefix such as {@code split:} or {@code nio:} (but not a Windows drive letter). */
    private static final Pattern FILE_SYSTEM_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9]+:.*");

    private static final String PREFIX = "jdbc:h2:";

    /** The URL and credentials to open {@code settings} with. */
    static H2Url of(DatabaseSettings settings) {
        String[] parts = settings.url().split(";");
        String location = parts[0];
        Map<String, String> written = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] setting = parts[i].split("=", 2);
            if (!setting[0].isBlank()) {
                written.put(setting[0].strip().toUpperCase(Locale.ROOT), setting.length > 1 ? setting[1] : "");
            }
        }
        String user = firstGiven(written.remove("USER"), settings.user());
        String password = firstGiven(written.remove("PASSWORD"), settings.password());
        Map<String, String> missing = new TreeMap<>(REQUIRED);
        if (isLocalFile(location)) {
            missing.put("AUTO_SERVER", "TRUE");
        }
        missing.keySet().removeAll(written.keySet());
        StringBuilder url = new StringBuilder(location);
        written.forEach((key, value) -> url.append(';').append(key).append('=').append(value));
        missing.forEach((key, value) -> url.append(';').append(key).append('=').append(value));
        return new H2Url(url.toString(), user, password);
    }

    /**
     * The database file's folder for a plain local-file URL, so the store can create it and report a failure
     * clearly (H2 would print a stack trace on standard error); empty for other URLs, which H2 handles itself.
     */
    static Optional<Path> folder(String url) {
        String location = url.split(";", 2)[0];
        if (!isLocalFile(location)) {
            return Optional.empty();
        }
        String path = location.substring(PREFIX.length());
        if (path.regionMatches(true, 0, "file:", 0, 5)) {
            path = path.substring(5);
        }
        if (FILE_SYSTEM_PREFIX.matcher(path).matches()) {
            return Optional.empty();
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.ofNullable(Path.of(path).toAbsolutePath().getParent());
    }

    private static boolean isLocalFile(String location) {
        String rest = location.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        return NOT_A_LOCAL_FILE.stream().noneMatch(rest::startsWith);
    }

    private static String firstGiven(String first, String second) {
        return first != null ? first : second != null ? second : "";
    }

    @Override
    public String toString() {
        return "H2Url[url=" + url + ", user=" + user + ", password=***]";
    }
}
