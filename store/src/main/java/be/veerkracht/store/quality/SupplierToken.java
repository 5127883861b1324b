package be.veerkracht.store.quality;

import be.veerkracht.portfolio.SupplierId;
import java.time.Instant;
import java.util.Optional;

/**
 * A supplier's API token as stored: never the secret, only what tells it apart.
 *
 * @param prefix {@value SupplierTokenStore#PREFIX} and the first 8 characters of the secret
 */
public record SupplierToken(long id, SupplierId supplier, String prefix, String createdBy, Instant createdAt,
                            Optional<Instant> lastUsed, Optional<Instant> revoked) {

    public boolean isRevoked() {
        return revoked.isPresent();
    }
}
