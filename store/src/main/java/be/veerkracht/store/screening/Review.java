package be.veerkracht.store.screening;

import be.veerkracht.screening.ListSource;
import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's decision on one counterparty against one list entry, tied to the entry as it was reviewed
 * ({@code entryFingerprint}): when the list later changes the entry, the decision no longer applies and the hit is
 * open again.
 *
 * @param counterparty e.g. {@code supplier:S-100} or {@code customer:K-1001}
 */
public record Review(String counterparty, ListSource source, String entryId, String entryFingerprint,
                     ReviewDecision decision, String reason, String reviewedBy, Instant reviewedAt, long auditSeq) {

    public Review {
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(entryFingerprint, "entryFingerprint");
        Objects.requireNonNull(decision, "decision");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a review decision needs its reason");
        }
    }

    /** Whether this decision still holds for the entry as the list now has it. */
    public boolean appliesTo(String currentFingerprint) {
        return entryFingerprint.equals(currentFingerprint);
    }
}
