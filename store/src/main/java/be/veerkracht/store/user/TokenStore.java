package be.veerkracht.store.user;

import be.veerkracht.store.StoreCall;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Personal API tokens (table {@code api_token}), for scripts and other programs acting as a user.
 *
 * <p>A token is {@value #PREFIX} followed by {@value #SECRET_BYTES} bytes from {@link SecureRandom} in unpadded
 * base64url (43 characters): 256 bits, too many to guess, so storing only its SHA-256 (hex) is enough; a slow
 * password hash would add nothing but latency to every request. Creating and revoking append audit entries in the
 * same transaction; the secret and its hash never go into the audit chain.
 */
public final class TokenStore {

    /** What every token starts with, so a leaked one is recognisable (e.g. by secret scanners). */
    public static final String PREFIX = "vk_";
    /** Random bytes per token. */
    public static final int SECRET_BYTES = 32;

    /** How stale a token's recorded last use may be. */
    public static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final String COLUMNS = """
            SELECT t.id, u.name, t.prefix, t.created_at, t.last_used_at, t.revoked_at, u.role
            FROM api_token t JOIN app_user u ON u.id = t.user_id""";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random;

    public TokenStore(Jdbi jdbi, AuditLog audit, Clock clock, SecureRandom random) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Creates a token for {@code userName} and appends {@code token.create}. The returned text is the only copy.
     *
     * @throws UserException no such user
     */
    public NewToken create(String actor, String userName) {
        TokenSecret secret = TokenSecret.generate(random, PREFIX);
        String prefix = secret.displayPrefix();
        Instant now = UtcTimestamp.stored(clock.instant());
        ApiToken token = StoreCall.run("create the token", () -> jdbi.inTransaction(handle -> {
            long userId = UserStore.idOf(handle, userName);
            long id = handle.createUpdate("""
                    INSERT INTO api_token (user_id, prefix, token_sha256, created_at)
                    VALUES (:user, :prefix, :sha, :at)""")
                    .bind("user", userId).bind("prefix", prefix).bind("sha", secret.sha256())
                    .bind("at", UtcTimestamp.argument(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit.append(handle, AuditEntryDraft.of(actor, "token.create", subject(id),
                    Map.of("user", userName, "prefix", prefix)), now);
            return new ApiToken(id, userName, prefix, now, Optional.empty(), Optional.empty());
        }));
        return new NewToken(token, secret.text());
    }

    /**
     * The user a token acts for, with the user's current role; empty for an unknown, malformed or revoked token.
     * Records the time of use to within {@link #LAST_USED_RESOLUTION}: a script calling many times a second would
     * otherwise make every read of the API a write (measured: the token check cost twice the request it guarded,
     * docs/benchmarks.md).
     */
    public Optional<TokenOwner> authenticate(String text) {
        if (!TokenSecret.mayBe(text, PREFIX)) {
            return Optional.empty();
        }
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("check the token", () -> jdbi.inTransaction(handle -> {
            Optional<TokenOwner> owner = handle.createQuery(COLUMNS
                            + " WHERE t.token_sha256 = :sha AND t.revoked_at IS NULL")
                    .bind("sha", sha256(text))
                    .map((row, context) -> new TokenOwner(row.getLong("id"), row.getString("name"),
                            Role.valueOf(row.getString("role"))))
                    .findOne();
            owner.ifPresent(o -> handle.createUpdate("""
                            UPDATE api_token SET last_used_at = :at
                            WHERE id = :id AND (last_used_at IS NULL OR last_used_at <= :stale)""")
                    .bind("at", UtcTimestamp.argument(now)).bind("id", o.tokenId())
                    .bind("stale", UtcTimestamp.argument(now.minus(LAST_USED_RESOLUTION))).execute());
            return owner;
        }));
    }

    /**
     * Revokes a token and appends {@code token.revoke}; revoking a revoked token changes nothing.
     *
     * @throws UserException no such token
     */
    public ApiToken revoke(String actor, long tokenId) {
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("revoke the token", () -> jdbi.inTransaction(handle -> {
            handle.createQuery("SELECT id FROM api_token WHERE id = :id FOR UPDATE").bind("id", tokenId)
                    .mapTo(Long.class).findOne()
                    .orElseThrow(() -> UserException.of(UserProblem.NO_SUCH_TOKEN, tokenId));
            ApiToken token = handle.createQuery(COLUMNS + " WHERE t.id = :id").bind("id", tokenId)
                    .map(TokenStore::token).one();
            if (token.isRevoked()) {
                return token;
            }
            handle.createUpdate("UPDATE api_token SET revoked_at = :at WHERE id = :id")
                    .bind("at", UtcTimestamp.argument(now)).bind("id", tokenId).execute();
            audit.append(handle, AuditEntryDraft.of(actor, "token.revoke", subject(tokenId),
                    Map.of("user", token.userName(), "prefix", token.prefix())), now);
            return new ApiToken(token.id(), token.userName(), token.prefix(), token.createdAt(), token.lastUsed(),
                    Optional.of(now));
        }));
    }

    /** A user's tokens, revoked ones included, oldest first. */
    public List<ApiToken> list(String userName) {
        return StoreCall.run("read the tokens", () -> jdbi.withHandle(handle -> handle
                .createQuery(COLUMNS + " WHERE u.name = :name ORDER BY t.id")
                .bind("name", userName).map(TokenStore::token).list()));
    }

    /** SHA-256 of the token's UTF-8 text, lower-case hex: what {@code api_token.token_sha256} holds. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    private static String subject(long tokenId) {
        return "token:" + tokenId;
    }

    private static ApiToken token(ResultSet row, StatementContext context) throws SQLException {
        return new ApiToken(row.getLong("id"), row.getString("name"), row.getString("prefix"),
                UtcTimestamp.read(row, "created_at"), instant(row, "last_used_at"), instant(row, "revoked_at"));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
