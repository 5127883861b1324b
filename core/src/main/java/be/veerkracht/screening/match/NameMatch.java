package be.veerkracht.screening.match;

import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import java.util.Objects;

/**
 * How well a screened name designates a list entry.
 *
 * @param entry       the list entry
 * @param matchedName the entry's name that scored best
 * @param score       in [0, 1]; 1 only when every token of the query and of the matched name meet exactly (boosts
 *                    close part of the gap to 1, never all of it)
 * @param explanation why
 */
public record NameMatch(ListEntry entry, ListedName matchedName, double score, MatchExplanation explanation) {

    public NameMatch {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(matchedName, "matchedName");
        Objects.requireNonNull(explanation, "explanation");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0,1]: " + score);
        }
    }
}
