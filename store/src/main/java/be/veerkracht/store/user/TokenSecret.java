package be.veerkracht.store.user;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The text of a new bearer token and what is stored of it, for users' API tokens ({@link TokenStore}) and suppliers'
 * tokens ({@code store.quality.SupplierTokenStore}): a kind prefix followed by {@value TokenStore#SECRET_BYTES} bytes
 * from {@link SecureRandom} in unpadded base64url, its first characters kept in clear for display and its SHA-256.
 *
 * @param text          the whole token: shown once, never stored
 * @param displayPrefix the kind prefix and the first {@value #SHOWN_SECRET_CHARACTERS} characters of the secret
 * @param sha256        SHA-256 of the text, lower-case hex: what the table holds
 */
public record TokenSecret(String text, String displayPrefix, String sha256) {

    /** Characters of the secret kept in clear after the prefix. */
    public static final int SHOWN_SECRET_CHARACTERS = 8;

    /** Longer texts are not ours and are refused before hashing (ours are under 50 characters). */
    public static final int MAX_TEXT_LENGTH = 256;

    /** A new secret of the kind {@code prefix}. */
    public static TokenSecret generate(SecureRandom random, String prefix) {
        byte[] secret = new byte[TokenStore.SECRET_BYTES];
        random.nextBytes(secret);
        String text = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new TokenSecret(text, text.substring(0, prefix.length() + SHOWN_SECRET_CHARACTERS),
                TokenStore.sha256(text));
    }

    /** Whether {@code text} can be a token of the kind {@code prefix} at all (checked before any hashing). */
    public static boolean mayBe(String text, String prefix) {
        return text != null && text.startsWith(prefix) && text.length() <= MAX_TEXT_LENGTH;
    }
}
