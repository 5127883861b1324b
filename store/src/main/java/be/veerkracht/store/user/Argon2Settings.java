package be.veerkracht.store.user;

/**
 * The cost of one Argon2id password hash (RFC 9106). {@link #OWASP} is the production setting; tests may pass a
 * cheaper one so they stay fast. Hashes record their own parameters, so a hash made with one setting still
 * verifies after the setting changes.
 *
 * @param saltBytes   random salt per password, in bytes
 * @param hashBytes   length of the derived hash, in bytes
 * @param parallelism lanes (threads) Argon2 uses
 * @param memoryKiB   memory per hash, in KiB (at least 8 × parallelism)
 * @param iterations  passes over the memory
 */
public record Argon2Settings(int saltBytes, int hashBytes, int parallelism, int memoryKiB, int iterations) {

    /**
     * The first of the equivalent Argon2id settings the OWASP Password Storage Cheat Sheet recommends
     * (cheatsheetseries.owasp.org, "Argon2id": m = 19 MiB, t = 2, p = 1), with a 16-byte salt and a 32-byte hash
     * (RFC 9106, section 4: 128-bit salt, 256-bit tag). About 50–150 ms per hash on a current server core in
     * Bouncy Castle's pure-Java Argon2.
     */
    public static final Argon2Settings OWASP = new Argon2Settings(16, 32, 1, 19 * 1024, 2);

    public Argon2Settings {
        if (saltBytes < 8 || hashBytes < 16 || parallelism < 1 || iterations < 1) {
            throw new IllegalArgumentException("Argon2 needs a salt of 8+ bytes, a hash of 16+ bytes, "
                    + "parallelism and iterations of 1+: " + this);
        }
        if (memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2 needs at least 8 KiB of memory per lane: " + this);
        }
    }
}
