package be.veerkracht.store.user;

import be.veerkracht.store.StoreCall;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The users of one Veerkracht database (table {@code app_user}): adding them, changing their role, and checking a
 * login. Every change, and every lock-out, appends an audit entry in the same transaction. Password hashes never
 * leave this class.
 *
 * <p>A login ({@link #login}) answers the same way, an empty result, whether the name is unknown, the password
 * wrong or the user locked out; an unknown name costs one hash like a known one, so timing does not tell either.
 */
public final class UserStore {

    private static final String COLUMNS = "id, name, role, password_hash, created_at, failed_logins, locked_until";
    private static final String BY_NAME = "SELECT " + COLUMNS + " FROM app_user WHERE name = :name";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordHashing hashing;
    private final LockoutPolicy lockout;

    public UserStore(Jdbi jdbi, AuditLog audit, Clock clock, PasswordHashing hashing, LockoutPolicy lockout) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hashing = Objects.requireNonNull(hashing, "hashing");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
    }

    /**
     * Adds a user and appends {@code user.add}.
     *
     * @param actor who adds the user, e.g. the OS user of the command line
     * @throws UserException the name is invalid or taken, or the password too short or long
     */
    public User add(String actor, String name, Role role, CharSequence password) {
        UserRules.checkName(name);
        Objects.requireNonNull(role, "role");
        UserRules.checkPassword(password);
        String hash = hashing.hash(password);
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("add the user", () -> jdbi.inTransaction(handle -> {
            if (row(handle, name).isPresent()) {
                throw UserException.of(UserProblem.NAME_TAKEN, name);
            }
            handle.createUpdate("""
                    INSERT INTO app_user (name, role, password_hash, created_at, failed_logins)
                    VALUES (:name, :role, :hash, :at, 0)""")
                    .bind("name", name).bind("role", role.name()).bind("hash", hash)
                    .bind("at", UtcTimestamp.argument(now))
                    .execute();
            audit.append(handle, AuditEntryDraft.of(actor, "user.add", subject(name), Map.of("role", role.name())),
                    now);
            return new User(name, role, now, 0, Optional.empty());
        }));
    }

    /**
     * Gives a user another role and appends {@code user.role_change} (nothing happens, and nothing is recorded,
     * when the user has that role already).
     *
     * @throws UserException no such user
     */
    public User changeRole(String actor, String name, Role role) {
        Objects.requireNonNull(role, "role");
        return StoreCall.run("change the user's role", () -> jdbi.inTransaction(handle -> {
            StoredUser stored = lockRow(handle, name)
                    .orElseThrow(() -> UserException.of(UserProblem.NO_SUCH_USER, name));
            if (stored.user().role() == role) {
                return stored.user();
            }
            handle.createUpdate("UPDATE app_user SET role = :role WHERE id = :id")
                    .bind("role", role.name()).bind("id", stored.id()).execute();
            audit.append(handle, AuditEntryDraft.of(actor, "user.role_change", subject(name),
                    Map.of("from", stored.user().role().name(), "to", role.name())));
            User user = stored.user();
            return new User(user.name(), role, user.createdAt(), user.failedLogins(), user.lockedUntil());
        }));
    }

    /**
     * Gives a user a new password, ends any lock-out and appends {@code user.password_set} (without the password
     * or its hash). Used by {@code veerkracht demo}, which hands its demo user a fresh password on every run.
     *
     * @throws UserException no such user, or the password too short or long
     */
    public User setPassword(String actor, String name, CharSequence password) {
        UserRules.checkPassword(password);
        String hash = hashing.hash(password);
        return StoreCall.run("set the user's password", () -> jdbi.inTransaction(handle -> {
            StoredUser stored = lockRow(handle, name)
                    .orElseThrow(() -> UserException.of(UserProblem.NO_SUCH_USER, name));
            handle.createUpdate("""
                    UPDATE app_user SET password_hash = :hash, failed_logins = 0, locked_until = NULL
                    WHERE id = :id""")
                    .bind("hash", hash).bind("id", stored.id()).execute();
            audit.append(handle, AuditEntryDraft.of(actor, "user.password_set", subject(name), Map.of()));
            User user = stored.user();
            return new User(user.name(), user.role(), user.createdAt(), 0, Optional.empty());
        }));
    }

    /** The user called {@code name}, if any. */
    public Optional<User> find(String name) {
        return StoreCall.run("read the user", () -> jdbi.withHandle(handle -> row(handle, name)))
                .map(StoredUser::user);
    }

    /** Every user, by name. */
    public List<User> list() {
        return StoreCall.run("read the users", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY name")
                .map(UserStore::stored).map(StoredUser::user).list()));
    }

    /**
     * Checks a login. On success the failure count is reset and the user returned; otherwise the result is empty,
     * whatever the reason. The {@link LockoutPolicy#maxFailures()}-th consecutive failure locks the user for
     * {@link LockoutPolicy#lockout()} and appends {@code user.lock} (actor {@code system}); while locked, even the
     * right password is refused, and failures neither count nor extend the lock.
     */
    public Optional<User> login(String name, CharSequence password) {
        Objects.requireNonNull(password, "password");
        Optional<StoredUser> found = name == null ? Optional.empty()
                : StoreCall.run("check the login", () -> jdbi.withHandle(handle -> row(handle, name)));
        Instant now = UtcTimestamp.stored(clock.instant());
        if (found.isEmpty() || found.get().user().isLockedAt(now)) {
            hashing.matchesNobody(password);
            return Optional.empty();
        }
        boolean matches = hashing.matches(password, found.get().hash());
        return StoreCall.run("record the login", () -> jdbi.inTransaction(handle -> {
            Optional<StoredUser> locked = lockRow(handle, name);
            if (locked.isEmpty() || locked.get().user().isLockedAt(now)) {
                return Optional.<User>empty();
            }
            return matches ? Optional.of(succeeded(handle, locked.get())) : failed(handle, locked.get(), now);
        }));
    }

    private static User succeeded(Handle handle, StoredUser stored) {
        User user = stored.user();
        if (user.failedLogins() != 0 || user.lockedUntil().isPresent()) {
            handle.createUpdate("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = :id")
                    .bind("id", stored.id()).execute();
        }
        return new User(user.name(), user.role(), user.createdAt(), 0, Optional.empty());
    }

    private Optional<User> failed(Handle handle, StoredUser stored, Instant now) {
        int failures = stored.user().failedLogins() + 1;
        if (failures < lockout.maxFailures()) {
            handle.createUpdate("UPDATE app_user SET failed_logins = :n WHERE id = :id")
                    .bind("n", failures).bind("id", stored.id()).execute();
            return Optional.empty();
        }
        Instant until = now.plus(lockout.lockout());
        handle.createUpdate("UPDATE app_user SET failed_logins = 0, locked_until = :until WHERE id = :id")
                .bind("until", UtcTimestamp.argument(until)).bind("id", stored.id()).execute();
        audit.append(handle, AuditEntryDraft.of("system", "user.lock", subject(stored.user().name()),
                Map.of("failures", failures, "until", until.toString())), now);
        return Optional.empty();
    }

    /** The user's row id (for the token table), or {@link UserProblem#NO_SUCH_USER}. */
    static long idOf(Handle handle, String name) {
        return row(handle, name).map(StoredUser::id)
                .orElseThrow(() -> UserException.of(UserProblem.NO_SUCH_USER, name));
    }

    static String subject(String name) {
        return "user:" + name;
    }

    private static Optional<StoredUser> row(Handle handle, String name) {
        return handle.createQuery(BY_NAME).bind("name", name).map(UserStore::stored).findOne();
    }

    private static Optional<StoredUser> lockRow(Handle handle, String name) {
        return handle.createQuery(BY_NAME + " FOR UPDATE").bind("name", name).map(UserStore::stored).findOne();
    }

    static User user(ResultSet row) throws SQLException {
        OffsetDateTime locked = row.getObject("locked_until", OffsetDateTime.class);
        return new User(row.getString("name"), Role.valueOf(row.getString("role")),
                UtcTimestamp.read(row, "created_at"), row.getInt("failed_logins"),
                Optional.ofNullable(locked).map(OffsetDateTime::toInstant));
    }

    private static StoredUser stored(ResultSet row, StatementContext context) throws SQLException {
        return new StoredUser(row.getLong("id"), user(row), row.getString("password_hash"));
    }

    /** A row of {@code app_user}, hash included: never handed out. */
    private record StoredUser(long id, User user, String hash) {
    }
}
