package be.veerkracht.store.user;

import java.util.Objects;

/** Who a valid API token acts for: the user and the user's current role. */
public record TokenOwner(long tokenId, String userName, Role role) {

    public TokenOwner {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
    }
}
