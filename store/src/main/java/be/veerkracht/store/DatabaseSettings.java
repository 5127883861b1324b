package be.veerkracht.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which database to open and as whom. The URL comes from, in order: the command line's {@code --db}, the
 * environment variable {@value #ENV_URL}, else the embedded H2 file {@code ~/.veerkracht/veerkracht}.
 * For PostgreSQL the user and password come from the URL ({@code ?user=...&password=...}) or from
 * {@value #ENV_USER} and {@value #ENV_PASSWORD}; the URL wins where both give one (the PostgreSQL driver's rule).
 *
 * @param url      a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
 * @param user     the user from the environment; null to leave it to the URL or the driver's default
 * @param password the password from the environment; null when not set
 */
public record DatabaseSettings(String url, String user, String password) {

    /** Environment variable holding a JDBC URL, used when {@code --db} is not given. */
    public static final String ENV_URL = "VEERKRACHT_DB";
    /** Environment variable holding the PostgreSQL user name. */
    public static final String ENV_USER = "VEERKRACHT_DB_USER";
    /** Environment variable holding the PostgreSQL password. */
    public static final String ENV_PASSWORD = "VEERKRACHT_DB_PASSWORD";

    /** The folder under the user's home that holds the default database. */
    public static final String DEFAULT_FOLDER = ".veerkracht";
    /** The default database's name: H2 adds {@code .mv.db} to make the file name. */
    public static final String DEFAULT_NAME = "veerkracht";

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        url = url.strip();
        if (url.isEmpty()) {
            throw new IllegalArgumentException("url must not be blank");
        }
    }

    /**
     * The settings the user asked for.
     *
     * @param commandLineUrl the {@code --db} value, or null when not given
     * @param environment    the process environment ({@link System#getenv()} in production)
     * @param userHome       the user's home folder ({@code user.home} in production)
     */
    public static DatabaseSettings resolve(String commandLineUrl, Map<String, String> environment, Path userHome) {
        String url = firstNonBlank(commandLineUrl, environment.get(ENV_URL));
        if (url == null) {
            return defaultFor(userHome);
        }
        boolean postgres = DatabaseVendor.of(url.strip()).orElse(null) == DatabaseVendor.POSTGRESQL;
        return postgres
                ? new DatabaseSettings(url, blankToNull(environment.get(ENV_USER)),
                        blankToNull(environment.get(ENV_PASSWORD)))
                : new DatabaseSettings(url, null, null);
    }

    /** {@link #resolve} with this process's environment and home folder. */
    public static DatabaseSettings fromEnvironment(String commandLineUrl) {
        return resolve(commandLineUrl, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The embedded H2 database in {@code userHome/.veerkracht/veerkracht.mv.db}. */
    public static DatabaseSettings defaultFor(Path userHome) {
        Path file = userHome.toAbsolutePath().resolve(DEFAULT_FOLDER).resolve(DEFAULT_NAME);
        return new DatabaseSettings("jdbc:h2:file:" + file, null, null);
    }

    /** The URL with any password masked, for messages and logs. */
    public String displayUrl() {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + displayUrl() + ", user=" + user + ", password="
                + (password == null ? "null" : "***") + "]";
    }

    private static String firstNonBlank(String first, String second) {
        String chosen = blankToNull(first);
        return chosen != null ? chosen : blankToNull(second);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
