package be.veerkracht.screening.match;

import be.veerkracht.screening.ListVersion;
import java.util.Objects;

/**
 * A match found in an indexed list, with the list version it came from (what a screening records).
 *
 * @param list  the list version the entry belongs to
 * @param match the entry, matched name, score and explanation
 */
public record ScreeningHit(ListVersion list, NameMatch match) {

    public ScreeningHit {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(match, "match");
    }

    /** The match's score. */
    public double score() {
        return match.score();
    }

    /** The matched entry's id. */
    public String entryId() {
        return match.entry().entryId();
    }
}
