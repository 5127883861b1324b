package be.veerkracht.store.quality;

/**
 * The answer to posting a batch.
 *
 * @param batch         the stored batch
 * @param alreadyStored true when the same batch (same supplier, batch ID and content) was stored before: nothing
 *                      was added
 */
public record BatchReceipt(StoredBatch batch, boolean alreadyStored) {
}
