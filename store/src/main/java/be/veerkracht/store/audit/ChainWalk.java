package be.veerkracht.store.audit;

import be.veerkracht.store.audit.ChainVerification.Broken;
import java.util.List;
import java.util.OptionalLong;

/**
 * The chain check itself, shared by the database and the file verifier: fed the entries in their stored order,
 * it finds the first one where the chain stops holding. Per entry, in this order: its seq is the next one
 * (else {@link ChainBreak#SEQ_GAP} when the expected seq never turns up later, {@link ChainBreak#SEQ_OUT_OF_ORDER}
 * when it does or when the seq goes back); its hash matches its content ({@link ChainBreak#HASH_MISMATCH}); its
 * prev_hash is the previous entry's hash ({@link ChainBreak#PREV_HASH_MISMATCH}).
 *
 * <p>One pass, O(n) time and O(1) memory; after a seq jump it reads on only to tell a gap from a reordering.
 * Limit: a chain rewritten from some entry on, every hash recomputed, is consistent in itself; only a head hash
 * recorded elsewhere ({@link ChainVerification.Intact#headHash()}) reveals it.
 */
final class ChainWalk {

    private long expectedSeq = 1;
    private String lastHash = AuditEntry.GENESIS_HASH;
    private Broken broken;
    private Broken jump;

    /** The next entry, read from {@code position} (a line number, or a place in seq order). */
    void accept(long position, AuditEntry entry) {
        if (jump != null) {
            if (entry.seq() == expectedSeq) {
                broken = reorder(jump);
                jump = null;
            }
            return;
        }
        if (broken != null) {
            return;
        }
        broken = check(position, entry);
        if (broken == null) {
            expectedSeq++;
            lastHash = entry.hash();
        } else if (broken.reason() == ChainBreak.SEQ_GAP) {
            jump = broken;
            broken = null;
        }
    }

    /** A line or row that is not an audit entry; {@code seq} is what it claims, where that could be read. */
    void reject(long position, OptionalLong seq, String why) {
        if (broken == null && jump == null) {
            broken = new Broken(ChainBreak.MALFORMED, position, seq, List.of(why));
        }
    }

    /** The verdict once every entry has been fed. */
    ChainVerification finish() {
        if (jump != null) {
            return jump;
        }
        return broken != null ? broken : new ChainVerification.Intact(expectedSeq - 1, lastHash);
    }

    private Broken check(long position, AuditEntry entry) {
        OptionalLong seq = OptionalLong.of(entry.seq());
        if (entry.seq() != expectedSeq) {
            ChainBreak reason = entry.seq() < expectedSeq ? ChainBreak.SEQ_OUT_OF_ORDER : ChainBreak.SEQ_GAP;
            return new Broken(reason, position, seq, List.of(String.valueOf(expectedSeq), String.valueOf(entry.seq())));
        }
        String computed = entry.computedHash();
        if (!computed.equals(entry.hash())) {
            return new Broken(ChainBreak.HASH_MISMATCH, position, seq, List.of(entry.hash(), computed));
        }
        if (!entry.prevHash().equals(lastHash)) {
            return new Broken(ChainBreak.PREV_HASH_MISMATCH, position, seq, List.of(entry.prevHash(), lastHash));
        }
        return null;
    }

    private static Broken reorder(Broken jump) {
        return new Broken(ChainBreak.SEQ_OUT_OF_ORDER, jump.position(), jump.seq(), jump.args());
    }
}
