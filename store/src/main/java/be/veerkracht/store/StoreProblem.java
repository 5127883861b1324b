package be.veerkracht.store;

import be.veerkracht.i18n.MessageKey;
import java.util.Locale;

/**
 * Everything that can go wrong opening or using the store, as translated message keys
 * ({@code be/veerkracht/store/messages*.properties}). {@link #isUsageError()} tells the command line whether the
 * user asked for something impossible (a wrong URL: exit code 2) or the database failed (exit code 1).
 */
public enum StoreProblem implements MessageKey {
    /** The URL names a database we do not support. Args: the URL. */
    UNSUPPORTED_URL(true),
    /** The folder for the default database cannot be created. Args: the folder, the reason. */
    CANNOT_CREATE_DIRECTORY(false),
    /** The server cannot be reached or the database does not exist. Args: the URL, the driver's reason. */
    CANNOT_CONNECT(false),
    /** User name or password rejected. Args: the URL. */
    ACCESS_DENIED(true),
    /** An H2 file is held open by another process that offers no server. Args: the URL. */
    DATABASE_IN_USE(false),
    /** The schema could not be brought up to date. Args: the URL, the reason. */
    MIGRATION_FAILED(false),
    /** The database was written by a newer Veerkracht. Args: the URL, its schema version, ours. */
    SCHEMA_TOO_NEW(false),
    /** A stored snapshot no longer forms a valid portfolio. Args: the snapshot id, the problems. */
    SNAPSHOT_INVALID(false),
    /** Reading or writing failed after the database was opened. Args: what we were doing, the reason. */
    STORE_FAILED(false),
    /** A file could not be read or written. Args: the file, the reason. */
    FILE_FAILED(false);

    /** The bundle of every store message, including the audit chain's. */
    public static final String BUNDLE = "be.veerkracht.store.messages";

    private final boolean usageError;

    StoreProblem(boolean usageError) {
        this.usageError = usageError;
    }

    /** True when the user's input (URL, credentials) is wrong rather than the database or the machine. */
    public boolean isUsageError() {
        return usageError;
    }

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
