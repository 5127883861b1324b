package be.veerkracht.store.snapshot;

import be.veerkracht.portfolio.RowOrigin;
import be.veerkracht.store.StoreException;
import be.veerkracht.store.StoreProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;

/**
 * Rebuilding records from stored rows, with the row named when one no longer passes its record's checks
 * (edited by hand, or stored by a version with looser rules): "snapshot 7 [parts], row 3: ...".
 */
final class StoredRows {

    private StoredRows() {
    }

    /** Builds a record from a row. */
    @FunctionalInterface
    interface Rebuild<T> {
        T from(ResultSet row) throws SQLException;
    }

    /** A record and where it was stored. */
    record Stored<T>(T value, RowOrigin origin) {
    }

    /** Where a stored row came from: file {@code snapshot 7}, the import's sheet name, the row's number. */
    static RowOrigin origin(long snapshotId, String sheet, int rowNo) {
        return new RowOrigin("snapshot " + snapshotId, sheet, rowNo);
    }

    /**
     * Every row of one snapshot table, rebuilt in row order and handed to {@code add} with its origin (the one
     * read loop of all snapshot tables).
     *
     * @param select a query with the parameter {@code :snapshot_id}
     */
    static <T> void readEach(Handle handle, String select, long snapshotId, String sheet, Rebuild<T> rebuild,
                             BiConsumer<T, RowOrigin> add) {
        handle.createQuery(select)
                .bind("snapshot_id", snapshotId)
                .map((row, context) -> rebuild(row, snapshotId, sheet, rebuild))
                .forEach(stored -> add.accept(stored.value(), stored.origin()));
    }

    static <T> Stored<T> rebuild(ResultSet row, long snapshotId, String sheet, Rebuild<T> rebuild)
            throws SQLException {
        RowOrigin origin = origin(snapshotId, sheet, row.getInt("row_no"));
        try {
            return new Stored<>(rebuild.from(row), origin);
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw StoreException.because(invalid, StoreProblem.SNAPSHOT_INVALID, snapshotId,
                    origin.where() + ", row " + origin.row() + ": " + invalid.getMessage());
        }
    }
}
