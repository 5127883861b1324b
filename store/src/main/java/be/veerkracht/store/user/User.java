package be.veerkracht.store.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user as stored, without the password hash.
 *
 * @param name           unique, 1 to 64 characters
 * @param role           what the user may do
 * @param createdAt      when the user was added (UTC, milliseconds)
 * @param failedLogins   consecutive failed logins since the last success or lock-out
 * @param lockedUntil    logins are refused before this instant, if present
 */
public record User(String name, Role role, Instant createdAt, int failedLogins, Optional<Instant> lockedUntil) {

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    /** True when logins are refused at {@code now}. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
