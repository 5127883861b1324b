package be.veerkracht.store.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A personal API token as stored: everything but the secret, which only its creator saw once.
 *
 * @param id        the token's number, for listing and revoking
 * @param userName  whose token it is; a request made with it acts as this user with the user's current role
 * @param prefix    the token's first characters ({@code vk_} and 8 more), to recognise it in a list
 * @param createdAt when it was created
 * @param lastUsed  when it last authenticated a request, if ever
 * @param revokedAt when it was revoked, if it was
 */
public record ApiToken(long id, String userName, String prefix, Instant createdAt, Optional<Instant> lastUsed,
                       Optional<Instant> revokedAt) {

    public ApiToken {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsed, "lastUsed");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}
