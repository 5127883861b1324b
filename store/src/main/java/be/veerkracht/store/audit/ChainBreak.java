package be.veerkracht.store.audit;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.store.StoreProblem;
import java.util.Locale;

/** Why an audit chain is broken, with the likely tampering in the message ({@code messages*.properties}). */
public enum ChainBreak implements MessageKey {
    /** The entry's hash does not match its content: it was edited. Args: stored hash, computed hash. */
    HASH_MISMATCH,
    /** A seq is missing: an entry was deleted. Args: the expected seq, the seq found. */
    SEQ_GAP,
    /** A seq comes before its turn: entries were reordered. Args: the expected seq, the seq found. */
    SEQ_OUT_OF_ORDER,
    /** prev_hash is not the previous entry's hash: an entry was replaced or rehashed. Args: stored, expected. */
    PREV_HASH_MISMATCH,
    /** The line or row is not an audit entry at all. Args: what is wrong. */
    MALFORMED,
    /** The log's end does not match the recorded head: entries were deleted at the end, or added around
     * {@link AuditLog}. Args: last seq, last hash, head seq, head hash. */
    HEAD_MISMATCH;

    @Override
    public String bundle() {
        return StoreProblem.BUNDLE;
    }

    @Override
    public String key() {
        return "chain." + name().toLowerCase(Locale.ROOT);
    }
}
