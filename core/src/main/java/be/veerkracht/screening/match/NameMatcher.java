package be.veerkracht.screening.match;

import be.veerkracht.screening.ListEntry;

/**
 * Scores how well a screened name (with country, date of birth and identifiers when known) designates one list
 * entry (house rule 2: the port; implementations are named "method + problem", e.g.
 * {@link TokenAlignmentNameMatcher}).
 *
 * <p>Contract (checked for every implementation by {@code NameMatcherContractTest}): the score is in [0, 1];
 * the entry's own name, exactly as listed, scores 1 by name alone; the result is the same on every call; the
 * matched name is one of the entry's names; a name sharing no token scores 0.
 */
public interface NameMatcher {

    /** The best-scoring name of the entry for this query; never null (score 0 when nothing is alike). */
    NameMatch match(ScreeningQuery query, ListEntry entry);
}
