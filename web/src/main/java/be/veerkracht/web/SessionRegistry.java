package be.veerkracht.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sessions of one server, in memory (a restart signs everyone out). Ids and CSRF tokens are
 * {@value #RANDOM_BYTES} bytes from {@link SecureRandom} (256 bits, unpadded base64url). A session ends after
 * {@link #IDLE} without a request or {@link #ABSOLUTE} after the login, whichever comes first (OWASP Session
 * Management Cheat Sheet: idle 15–30 minutes, absolute 4–8 hours for ordinary business applications).
 */
final class SessionRegistry {

    /** Random bytes per session id and per CSRF token. */
    static final int RANDOM_BYTES = 32;
    /** A session unused this long has ended. */
    static final Duration IDLE = Duration.ofMinutes(30);
    /** A session this old has ended, however busy. */
    static final Duration ABSOLUTE = Duration.ofHours(8);

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SecureRandom random;

    SessionRegistry(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new session for {@code userName}, with a fresh id and CSRF token; ended sessions are dropped on the way. */
    Session open(String userName) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> hasEnded(s, now));
        Session session = new Session(randomText(), userName, randomText(), now, now);
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, marked as used now; empty for an unknown or ended one (then forgotten). */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session found = sessions.get(id);
        if (found == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (hasEnded(found, now)) {
            sessions.remove(id, found);
            return Optional.empty();
        }
        Session used = found.seenAt(now);
        sessions.replace(id, found, used);
        return Optional.of(used);
    }

    /** Ends a session; nothing happens for an unknown id. */
    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    int size() {
        return sessions.size();
    }

    /** 256 random bits, unpadded base64url (43 characters). */
    String randomText() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean hasEnded(Session s, Instant now) {
        return !now.isBefore(s.lastSeen().plus(IDLE)) || !now.isBefore(s.openedAt().plus(ABSOLUTE));
    }
}
