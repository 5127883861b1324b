package be.veerkracht.screening.match;

/** How a query token met a listed token (docs/screening.md, "Explanation"). */
public enum MatchKind {
    /** Equal after normalisation. */
    EXACT,
    /** Alike after transliteration from another script (equal, or equal up to the script-loss fold or edits). */
    TRANSLITERATED,
    /** Another Latin spelling of the same name: the same consonant skeleton ("Mohammed", "Muhammad"). */
    SPELLING_VARIANT,
    /** Within the allowed edit distance. */
    TYPO,
    /** One side is the initial of the other ("J." and "John"). */
    INITIAL,
    /** One side is two adjacent tokens of the other written together ("alqaida" and "al qaida"). */
    CONCATENATED,
    /** Met nothing. */
    UNMATCHED
}
