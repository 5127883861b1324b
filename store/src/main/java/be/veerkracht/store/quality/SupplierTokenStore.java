package be.veerkracht.store.quality;

import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.store.StoreCall;
import be.veerkracht.store.UtcTimestamp;
import be.veerkracht.store.audit.AuditEntryDraft;
import be.veerkracht.store.audit.AuditLog;
import be.veerkracht.store.user.TokenSecret;
import be.veerkracht.store.user.TokenStore;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Tokens of suppliers' systems (table {@code supplier_token}) for {@code POST /api/v1/quality/batches}: a token acts
 * for one supplier and may post only that supplier's measurements. Made like users' API tokens ({@link TokenStore}):
 * {@value #PREFIX} and {@value TokenStore#SECRET_BYTES} random bytes in unpadded base64url, only the SHA-256 kept,
 * creation and revocation in the audit chain (never the secret).
 */
public final class SupplierTokenStore {

    /** What every supplier token starts with; not {@link TokenStore#PREFIX}, so the two are never confused. */
    public static final String PREFIX = "vks_";

    private static final String COLUMNS = "SELECT id, supplier_id, prefix, created_by, created_at, last_used_at, "
            + "revoked_at FROM supplier_token";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random;

    public SupplierTokenStore(Jdbi jdbi, AuditLog audit, Clock clock, SecureRandom random) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new token and its text, the only copy. */
    public record NewSupplierToken(SupplierToken token, String text) {
    }

    /** Creates a token for the supplier and appends {@code quality.token_create}. */
    public NewSupplierToken create(String actor, SupplierId supplier) {
        TokenSecret secret = TokenSecret.generate(random, PREFIX);
        String prefix = secret.displayPrefix();
        Instant now = UtcTimestamp.stored(clock.instant());
        SupplierToken token = StoreCall.run("create the supplier token", () -> jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("""
                    INSERT INTO supplier_token (supplier_id, prefix, token_sha256, created_by, created_at)
                    VALUES (:supplier, :prefix, :sha, :by, :at)""")
                    .bind("supplier", supplier.value()).bind("prefix", prefix).bind("sha", secret.sha256())
                    .bind("by", actor).bind("at", UtcTimestamp.argument(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit.append(handle, AuditEntryDraft.of(actor, "quality.token_create", "supplier_token:" + id,
                    Map.of("supplier_id", supplier.value(), "prefix", prefix)), now);
            return new SupplierToken(id, supplier, prefix, actor, now, Optional.empty(), Optional.empty());
        }));
        return new NewSupplierToken(token, secret.text());
    }

    /** The token a text names, when it is one of ours and not revoked; records its use (to the minute). */
    public Optional<SupplierToken> authenticate(String text) {
        if (!TokenSecret.mayBe(text, PREFIX)) {
            return Optional.empty();
        }
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("check the supplier token", () -> jdbi.inTransaction(handle -> {
            Optional<SupplierToken> token = handle.createQuery(COLUMNS
                            + " WHERE token_sha256 = :sha AND revoked_at IS NULL")
                    .bind("sha", TokenStore.sha256(text)).map(SupplierTokenStore::token).findOne();
            token.ifPresent(t -> handle.createUpdate("""
                            UPDATE supplier_token SET last_used_at = :at
                            WHERE id = :id AND (last_used_at IS NULL OR last_used_at <= :stale)""")
                    .bind("at", UtcTimestamp.argument(now)).bind("id", t.id())
                    .bind("stale", UtcTimestamp.argument(now.minus(TokenStore.LAST_USED_RESOLUTION))).execute());
            return token;
        }));
    }

    /**
     * Revokes a token and appends {@code quality.token_revoke}; revoking a revoked token changes nothing.
     *
     * @throws QualityException no such token
     */
    public SupplierToken revoke(String actor, long tokenId) {
        Instant now = UtcTimestamp.stored(clock.instant());
        return StoreCall.run("revoke the supplier token", () -> jdbi.inTransaction(handle -> {
            SupplierToken token = handle.createQuery(COLUMNS + " WHERE id = :id FOR UPDATE").bind("id", tokenId)
                    .map(SupplierTokenStore::token).findOne()
                    .orElseThrow(() -> QualityException.of(QualityProblem.NO_SUCH_TOKEN, tokenId));
            if (token.isRevoked()) {
                return token;
            }
            handle.createUpdate("UPDATE supplier_token SET revoked_at = :at WHERE id = :id")
                    .bind("at", UtcTimestamp.argument(now)).bind("id", tokenId).execute();
            audit.append(handle, AuditEntryDraft.of(actor, "quality.token_revoke", "supplier_token:" + tokenId,
                    Map.of("supplier_id", token.supplier().value(), "prefix", token.prefix())), now);
            return new SupplierToken(token.id(), token.supplier(), token.prefix(), token.createdBy(),
                    token.createdAt(), token.lastUsed(), Optional.of(now));
        }));
    }

    /** Every supplier token, revoked ones included, oldest first. */
    public List<SupplierToken> list() {
        return StoreCall.run("read the supplier tokens", () -> jdbi.withHandle(handle -> handle
                .createQuery(COLUMNS + " ORDER BY id").map(SupplierTokenStore::token).list()));
    }

    private static SupplierToken token(ResultSet row, StatementContext context) throws SQLException {
        return new SupplierToken(row.getLong("id"), new SupplierId(row.getString("supplier_id")),
                row.getString("prefix"), row.getString("created_by"), UtcTimestamp.read(row, "created_at"),
                instant(row, "last_used_at"), instant(row, "revoked_at"));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
