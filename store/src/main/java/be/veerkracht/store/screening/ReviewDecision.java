package be.veerkracht.store.screening;

/** A reviewer's verdict on a screening hit. */
public enum ReviewDecision {
    /** The counterparty is the listed entry: stop, escalate. */
    TRUE_MATCH,
    /** The counterparty is not the listed entry (say why): not shown as open again while the entry is unchanged. */
    FALSE_POSITIVE
}
