package be.veerkracht.store.user;

import java.util.Objects;

/**
 * A token just created: its stored description and the secret text, which exists nowhere else and cannot be
 * shown again.
 */
public record NewToken(ApiToken token, String text) {

    public NewToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "NewToken[token=" + token + ", text=" + token.prefix() + "…]";
    }
}
