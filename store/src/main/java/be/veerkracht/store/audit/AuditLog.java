package be.veerkracht.store.audit;

import be.veerkracht.store.StoreCall;
import be.veerkracht.store.StoreException;
import be.veerkracht.store.StoreProblem;
import be.veerkracht.store.UtcTimestamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The append-only record of who did what and when: imports now, classifications, decisions and gate transitions
 * later. Entries are hash-linked ({@link AuditEntry}), so an edit, a deletion or a reordering shows in
 * {@link #verify()} and in a verified export ({@link AuditFileVerifier}).
 *
 * <p>Appending happens in the caller's transaction, so an entry exists exactly when the change it records does.
 * The next seq and prev_hash come from the one-row {@code audit_head} table, read with {@code SELECT ... FOR
 * UPDATE}: a concurrent appender waits for this transaction to end, so the chain never forks. The lock is held
 * until commit, so keep transactions that append short.
 */
public final class AuditLog {

    private static final String LOCK_HEAD = "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE";
    private static final String READ_HEAD = "SELECT seq, hash FROM audit_head WHERE id = 1";
    private static final String INSERT = """
            INSERT INTO audit_entry (seq, at, actor, action, subject, details, prev_hash, hash)
            VALUES (:seq, :at, :actor, :action, :subject, :details, :prev_hash, :hash)""";
    private static final String MOVE_HEAD = "UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1";
    private static final String SELECT_ENTRIES = """
            SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_entry""";
    /** Rows fetched per round trip when streaming the whole log. */
    private static final int FETCH_SIZE = 500;

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appends in a transaction of its own, stamped with the clock's time. */
    public AuditEntry append(AuditEntryDraft draft) {
        return StoreCall.run("append to the audit log", () -> jdbi.inTransaction(handle -> append(handle, draft)));
    }

    /** Appends in the caller's transaction, stamped with the clock's time. */
    public AuditEntry append(Handle handle, AuditEntryDraft draft) {
        return append(handle, draft, clock.instant());
    }

    /**
     * Appends in the caller's transaction, stamped {@code at} (truncated to milliseconds): for a caller that
     * stores the same instant on its own row, such as a snapshot's import time.
     *
     * <p>The transaction should be READ COMMITTED (the default of both databases): under REPEATABLE READ or
     * SERIALIZABLE, PostgreSQL fails a transaction whose head row another appender changed meanwhile.
     *
     * @throws IllegalStateException when {@code handle} is not in a transaction (the head lock would not hold)
     */
    public AuditEntry append(Handle handle, AuditEntryDraft draft, Instant at) {
        if (!handle.isInTransaction()) {
            throw new IllegalStateException("append the audit entry inside the transaction of the change it records");
        }
        Head head = handle.createQuery(LOCK_HEAD).map(AuditLog::head).one();
        AuditEntry entry = AuditEntry.seal(head.seq() + 1, UtcTimestamp.stored(at), draft, head.hash());
        handle.createUpdate(INSERT)
                .bind("seq", entry.seq())
                .bind("at", UtcTimestamp.argument(entry.at()))
                .bind("actor", entry.actor())
                .bind("action", entry.action())
                .bind("subject", entry.subject())
                .bind("details", entry.details())
                .bind("prev_hash", entry.prevHash())
                .bind("hash", entry.hash())
                .execute();
        handle.createUpdate(MOVE_HEAD).bind("seq", entry.seq()).bind("hash", entry.hash()).execute();
        return entry;
    }

    /** Up to {@code limit} entries after seq {@code afterSeq}, oldest first (0 starts at the beginning). */
    public List<AuditEntry> entries(long afterSeq, int limit) {
        return StoreCall.run("read the audit log", () -> jdbi.withHandle(handle -> handle
                .createQuery(SELECT_ENTRIES + " WHERE seq > :after ORDER BY seq")
                .bind("after", afterSeq)
                .setMaxRows(limit)
                .map((row, context) -> StoredRow.read(row).entryOrFail("read the audit log"))
                .list()));
    }

    /** Checks the whole chain in the database, and that it ends where {@code audit_head} says it does. */
    public ChainVerification verify() {
        return StoreCall.run("verify the audit log", () -> jdbi.inTransaction(
                TransactionIsolationLevel.REPEATABLE_READ, handle -> {
                    ChainWalk walk = new ChainWalk();
                    long position = 0;
                    try (Stream<StoredRow> rows = storedRows(handle)) {
                        for (Iterator<StoredRow> it = rows.iterator(); it.hasNext(); ) {
                            StoredRow row = it.next();
                            position++;
                            if (row.entry() == null) {
                                walk.reject(position, OptionalLong.of(row.seq()), row.problem());
                            } else {
                                walk.accept(position, row.entry());
                            }
                        }
                    }
                    return checkHead(walk.finish(), handle.createQuery(READ_HEAD).map(AuditLog::head).one());
                }));
    }

    /**
     * Writes every entry, oldest first, one canonical JSON object a line (UTF-8, {@code \n} after each), to
     * {@code file}, replacing it only once the whole log is written. Entries are exported as stored, tampered or
     * not: check the copy with {@link AuditFileVerifier}.
     */
    public AuditExport export(Path file) {
        Path target = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
            try {
                AuditExport export = writeLines(temporary, target);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return export;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | UncheckedIOException failure) {
            throw StoreException.because(failure, StoreProblem.FILE_FAILED, target, failure.getMessage());
        }
    }

    private AuditExport writeLines(Path temporary, Path target) throws IOException {
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            return StoreCall.run("export the audit log", () -> jdbi.inTransaction(
                    TransactionIsolationLevel.REPEATABLE_READ, handle -> {
                        long count = 0;
                        String last = AuditEntry.GENESIS_HASH;
                        try (Stream<StoredRow> rows = storedRows(handle)) {
                            for (Iterator<StoredRow> it = rows.iterator(); it.hasNext(); ) {
                                AuditEntry entry = it.next().entryOrFail("export the audit log");
                                writeLine(out, entry.toJsonLine());
                                count++;
                                last = entry.hash();
                            }
                        }
                        return new AuditExport(target, count, last);
                    }));
        }
    }

    private static void writeLine(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Stream<StoredRow> storedRows(Handle handle) {
        return handle.createQuery(SELECT_ENTRIES + " ORDER BY seq")
                .setFetchSize(FETCH_SIZE)
                .map((row, context) -> StoredRow.read(row))
                .stream();
    }

    private static ChainVerification checkHead(ChainVerification verdict, Head head) {
        if (verdict instanceof ChainVerification.Intact intact
                && (intact.entries() != head.seq() || !intact.headHash().equals(head.hash()))) {
            return new ChainVerification.Broken(ChainBreak.HEAD_MISMATCH, intact.entries() + 1,
                    OptionalLong.empty(), List.of(String.valueOf(intact.entries()), intact.headHash(),
                    String.valueOf(head.seq()), head.hash()));
        }
        return verdict;
    }

    private static Head head(ResultSet row, StatementContext context) throws SQLException {
        return new Head(row.getLong("seq"), row.getString("hash"));
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong("seq"), UtcTimestamp.read(row, "at"), row.getString("actor"),
                row.getString("action"), row.getString("subject"), row.getString("details"),
                row.getString("prev_hash"), row.getString("hash"));
    }

    /** The chain's last seq and hash, as {@code audit_head} records them. */
    private record Head(long seq, String hash) {
    }

    /** A row as read: the entry, or why the row is not one (a verifier must not stop at it). */
    private record StoredRow(long seq, AuditEntry entry, String problem) {

        static StoredRow read(ResultSet row) throws SQLException {
            try {
                return new StoredRow(row.getLong("seq"), AuditLog.entry(row), null);
            } catch (IllegalArgumentException malformed) {
                return new StoredRow(row.getLong("seq"), null, malformed.getMessage());
            }
        }

        /** The entry, or a store failure naming the row, for callers that cannot go on without it. */
        AuditEntry entryOrFail(String doing) {
            if (entry == null) {
                throw StoreException.of(StoreProblem.STORE_FAILED, doing, "audit entry seq " + seq + " is malformed: "
                        + problem);
            }
            return entry;
        }
    }
}
