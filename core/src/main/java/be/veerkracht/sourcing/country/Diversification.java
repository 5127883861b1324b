package be.veerkracht.sourcing.country;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.sourcing.mcda.DecisionMatrix;
import be.veerkracht.sourcing.mcda.Ranking;
import be.veerkracht.sourcing.mcda.RankingMethod;
import be.veerkracht.sourcing.mcda.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks candidate countries for a part given its incumbent country: a second source in the incumbent's zone, or in
 * one of its outage footprints (e.g. TW with CN under TAIWAN_STRAIT), fails together with it and is false security
 * (docs/exposure.md); one on the same sea lane is delayed with it. {@link DiversificationRule#EXCLUDE} leaves the
 * first out and keeps the method's order of the rest (shared sea lanes shown, not penalised); {@link DiversificationRule#PENALISE} ranks them last, sea-lane sharers before them. The incumbent itself
 * is never a candidate. Time: one ranking, O(m) footprint look-ups.
 */
public final class Diversification {

    private final ReferenceGeography geography;
    private final RankingMethod method;
    private final DiversificationRule rule;

    public Diversification(ReferenceGeography geography, RankingMethod method, DiversificationRule rule) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.method = Objects.requireNonNull(method, "method");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public DiversifiedRanking rank(CountryMatrix candidates, Weights weights, CountryCode incumbent) {
        CountryProfile home = profile(incumbent);
        List<Integer> ranked = new ArrayList<>();
        List<CandidateCountry> excluded = new ArrayList<>();
        DecisionMatrix matrix = candidates.matrix();
        List<Integer> tiers = new ArrayList<>();
        for (int i = 0; i < matrix.alternativeCount(); i++) {
            CountryCode code = CountryCode.parse(matrix.alternatives().get(i));
            int tier = tier(home, profile(code));
            tiers.add(tier);
            if (code.equals(incumbent)) {
                continue;
            }
            if (rule == DiversificationRule.EXCLUDE && tier == 2) {
                excluded.add(candidate(home, code, Double.NaN, 0, true));
            } else {
                ranked.add(i);
            }
        }
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("no candidate left outside the zone and outage footprints of "
                    + incumbent);
        }
        DecisionMatrix kept = keep(matrix, ranked);
        Ranking ranking = method.rank(kept, weights);
        List<Integer> order = new ArrayList<>(ranking.order());
        if (rule == DiversificationRule.PENALISE) {
            order.sort(Comparator.comparingInt((Integer k) -> tiers.get(ranked.get(k)))
                    .thenComparingInt(ranking.order()::indexOf));
        }
        List<CandidateCountry> result = new ArrayList<>();
        for (int place = 0; place < order.size(); place++) {
            int k = order.get(place);
            result.add(candidate(home, CountryCode.parse(kept.alternatives().get(k)), ranking.scores().get(k),
                    place + 1, false));
        }
        result.addAll(excluded);
        return new DiversifiedRanking(incumbent.alpha2(), home.zone(), rule, result, ranking);
    }

    private static DecisionMatrix keep(DecisionMatrix matrix, List<Integer> rows) {
        return new DecisionMatrix(rows.stream().map(matrix.alternatives()::get).toList(), matrix.criteria(),
                rows.stream().map(matrix.values()::get).toList());
    }

    private CandidateCountry candidate(CountryProfile home, CountryCode code, double score, int place,
                                       boolean excluded) {
        CountryProfile profile = profile(code);
        return new CandidateCountry(code.alpha2(), score, place, profile.zone(), profile.overlays(),
                sharedOutages(home, profile), sharedLanes(home, profile), tier(home, profile), excluded);
    }

    private int tier(CountryProfile home, CountryProfile candidate) {
        if (!sharedOutages(home, candidate).isEmpty()) {
            return 2;
        }
        return sharedLanes(home, candidate).isEmpty() ? 0 : 1;
    }

    /** Outage footprints covering both, the zone's own footprint included. */
    private List<String> sharedOutages(CountryProfile home, CountryProfile candidate) {
        Set<String> shared = new TreeSet<>();
        for (Footprint footprint : geography.outagesCovering(home.code())) {
            if (footprint.covers(candidate.code())) {
                shared.add(footprint.code());
            }
        }
        return List.copyOf(shared);
    }

    private static List<String> sharedLanes(CountryProfile home, CountryProfile candidate) {
        Set<String> shared = new TreeSet<>(home.seaLanes());
        shared.retainAll(candidate.seaLanes());
        return List.copyOf(shared);
    }

    private CountryProfile profile(CountryCode code) {
        return geography.country(code)
                .orElseThrow(() -> new IllegalArgumentException(code + ": not in the reference geography"));
    }
}
