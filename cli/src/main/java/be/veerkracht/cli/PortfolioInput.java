package be.veerkracht.cli;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.portfolio.InvalidPortfolioException;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.store.Database;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.snapshot.Snapshot;
import be.veerkracht.store.snapshot.SnapshotInfo;
import be.veerkracht.store.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an analysis command ({@code assess}, {@code scenario}) takes its portfolio from: a workbook or CSV folder
 * read without storing it, else a stored snapshot (the latest unless an id is given).
 *
 * @param snapshot the stored snapshot's facts; null for a file
 * @param path     the file read; null for a stored snapshot
 */
record PortfolioInput(Portfolio portfolio, SnapshotInfo snapshot, Path path) {

    /**
     * @param command    the command's name, for the messages
     * @param path       a file or folder to read, or null for a stored snapshot
     * @param snapshotId the stored snapshot to use, or null for the latest
     * @throws BadInputException when the database has no (such) snapshot
     */
    static PortfolioInput load(String command, Path path, Long snapshotId, DatabaseOption database)
            throws BadInputException, InvalidPortfolioException {
        if (path != null) {
            return new PortfolioInput(new PortfolioReader().read(path).portfolio(), null, path);
        }
        Optional<Snapshot> snapshot;
        try (Database db = database.open()) {
            SnapshotStore store = new SnapshotStore(db.jdbi(), new AuditLog(db.jdbi(), Clock.systemUTC()),
                    Clock.systemUTC());
            snapshot = snapshotId == null ? store.latest() : store.load(snapshotId);
        }
        Snapshot found = snapshot.orElseThrow(() -> new BadInputException(snapshotId == null
                ? command + ": no snapshot in " + database.settings().displayUrl() + "; import one, or give a PATH"
                : command + ": no snapshot " + snapshotId + " in " + database.settings().displayUrl()));
        return new PortfolioInput(found.portfolio(), found.info(), null);
    }

    /**
     * Where the figures come from, for the report's header: {@code fromFile} with the path, or {@code fromSnapshot}
     * with the snapshot's id, source and import time.
     */
    String sourceLine(MessageKey fromFile, MessageKey fromSnapshot, Locale language) {
        return snapshot == null ? Messages.format(fromFile, language, path)
                : Messages.format(fromSnapshot, language, String.valueOf(snapshot.id()), snapshot.source(),
                        snapshot.importedAt());
    }
}
