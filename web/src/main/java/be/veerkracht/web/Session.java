package be.veerkracht.web;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser: the random id its cookie carries, the user, the token its forms must send back, and when it
 * was opened and last used. Immutable; {@link SessionRegistry} replaces it on each use.
 */
record Session(String id, String userName, String csrfToken, Instant openedAt, Instant lastSeen) {

    Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    Session seenAt(Instant now) {
        return new Session(id, userName, csrfToken, openedAt, now);
    }
}
