package be.veerkracht.store.user;

import java.util.Objects;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Hashes and checks passwords with Argon2id (Biryukov, Dinu, Khovratovich, Josefsson, "Argon2 Memory-Hard
 * Function for Password Hashing and Proof-of-Work Applications", RFC 9106, IRTF, September 2021,
 * doi:10.17487/RFC9106), through Spring Security Crypto's {@link Argon2PasswordEncoder} (Bouncy Castle computes
 * it). A hash is the PHC string {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}: it carries its salt and
 * parameters, so it verifies whatever the current {@link Argon2Settings} are. Comparison is constant-time.
 *
 * <p>Cost: memory {@code m} KiB and time proportional to {@code m × t}; both are the point (memory-hard, so
 * guessing on GPUs is expensive).
 */
public final class PasswordHashing {

    private final Argon2PasswordEncoder encoder;
    private final Argon2Settings settings;
    /** A hash of no one's password, checked when the name is unknown so that answer takes as long as others. */
    private volatile String decoy;

    public PasswordHashing(Argon2Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.encoder = new Argon2PasswordEncoder(settings.saltBytes(), settings.hashBytes(), settings.parallelism(),
                settings.memoryKiB(), settings.iterations());
    }

    /** The production setting, {@link Argon2Settings#OWASP}. */
    public static PasswordHashing owasp() {
        return new PasswordHashing(Argon2Settings.OWASP);
    }

    public Argon2Settings settings() {
        return settings;
    }

    /** A new hash of {@code password}, with a fresh random salt. */
    public String hash(CharSequence password) {
        return encoder.encode(Objects.requireNonNull(password, "password"));
    }

    /** True when {@code password} is the one {@code hash} was made from. */
    public boolean matches(CharSequence password, String hash) {
        return encoder.matches(Objects.requireNonNull(password, "password"), hash);
    }

    /** Spends the time of one check and answers false: for a name that does not exist. */
    boolean matchesNobody(CharSequence password) {
        String hash = decoy;
        if (hash == null) {
            hash = hash("no user has this password " + System.nanoTime());
            decoy = hash;
        }
        matches(password, hash);
        return false;
    }
}
