package be.veerkracht.sourcing.country;

import be.veerkracht.sourcing.mcda.Ranking;
import java.util.List;

/**
 * The ranking of candidate countries for a part given its incumbent.
 *
 * @param incumbent     the incumbent's ISO code
 * @param incumbentZone its zone
 * @param rule          exclude or penalise
 * @param candidates    best first: the ranked ones, then the excluded ones
 * @param ranking       the method's ranking of the candidates that were ranked (explanation included)
 */
public record DiversifiedRanking(String incumbent, String incumbentZone, DiversificationRule rule,
                                 List<CandidateCountry> candidates, Ranking ranking) {

    public DiversifiedRanking {
        candidates = List.copyOf(candidates);
    }
}
