package be.veerkracht.store.screening;

/** Where a screening hit stands after the reviews recorded so far. */
public enum ReviewState {
    /** Never reviewed. */
    OPEN,
    /** Reviewed as not the listed entry, and the entry has not changed since. */
    FALSE_POSITIVE,
    /** Reviewed as the listed entry. */
    TRUE_MATCH,
    /** Reviewed, but the list has changed the entry since: to be reviewed again. */
    REOPENED
}
