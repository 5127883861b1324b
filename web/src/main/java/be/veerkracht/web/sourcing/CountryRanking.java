package be.veerkracht.web.sourcing;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.CountryMatrixLoader;
import be.veerkracht.sourcing.country.CountryMatrix;
import be.veerkracht.sourcing.country.CountryMatrixBuilder;
import be.veerkracht.sourcing.country.Diversification;
import be.veerkracht.sourcing.country.DiversifiedRanking;
import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.sourcing.mcda.RankReversalAnalysis;
import be.veerkracht.sourcing.mcda.Ranking;
import be.veerkracht.sourcing.mcda.RankingMethod;
import be.veerkracht.sourcing.mcda.WeightMonteCarlo;
import be.veerkracht.sourcing.mcda.WeightSensitivity;
import be.veerkracht.sourcing.mcda.Weights;
import be.veerkracht.web.api.McdaAnalysis;
import java.util.List;
import java.util.Objects;

/**
 * The country ranking of the sourcing page and {@code GET /api/v1/sourcing/countries}: the matrix (the article's
 * sample, or built from the reference data), ranked by the method asked for, with the sensitivity (weight intervals,
 * rank reversal on removal, Monte Carlo over {@value #DRAWS} weight vectors from seed {@value #SEED}) and, with an
 * incumbent, the diversified ranking. The web layer only wires the core (docs/mcda.md).
 *
 * @param query       the settings
 * @param source      the matrix ranked, with its version (source and date) and notes
 * @param analysis    the ranking and its sensitivity, as {@code veerkracht countries rank --sensitivity}
 * @param diversified the ranking given the incumbent; null without one
 */
public record CountryRanking(SourcingQuery query, CountryMatrix source, McdaAnalysis analysis,
                             DiversifiedRanking diversified) {

    /**
     * Weight vectors of the page's Monte Carlo: 2,000 keep a re-rank under a slider move quick; the standard error
     * of a probability is at most 0.011 (√(0.25/2000)). The command line's default is 10,000.
     */
    public static final int DRAWS = 2_000;

    /** Seed of the weight draws: same settings, same probabilities. */
    public static final long SEED = 1;

    public CountryRanking {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(analysis, "analysis");
    }

    /** Ranks the countries of {@code query}; a country the reference data cannot score is a bad parameter. */
    public static CountryRanking of(SourcingQuery query, ReferenceGeography geography) {
        CountryMatrix source = source(query, geography);
        List<String> criteria = source.matrix().criteria().stream().map(Criterion::name).toList();
        Weights weights = query.weightsFor(criteria);
        RankingMethod method = query.rankingMethod();
        Ranking ranking = method.rank(source.matrix(), weights);
        McdaAnalysis.Sensitivity sensitivity = new McdaAnalysis.Sensitivity(
                new WeightSensitivity(method).intervals(source.matrix(), weights),
                new RankReversalAnalysis(method, weights).onRemoval(source.matrix()),
                new WeightMonteCarlo(method, DRAWS, SEED).run(source.matrix()));
        McdaAnalysis analysis = new McdaAnalysis(query.method(), source.matrix(), ranking, null, sensitivity);
        DiversifiedRanking diversified = null;
        if (query.incumbent() != null) {
            try {
                diversified = new Diversification(geography, method, query.rule()).rank(source, weights,
                        query.incumbent());
            } catch (IllegalArgumentException bad) {
                throw new BadSourcingParameter("incumbent", bad.getMessage());
            }
        }
        return new CountryRanking(query, source, analysis, diversified);
    }

    private static CountryMatrix source(SourcingQuery query, ReferenceGeography geography) {
        if (query.countries().isEmpty()) {
            return CountryMatrixLoader.sample();
        }
        try {
            return new CountryMatrixBuilder(geography).build(query.countries(), List.of());
        } catch (IllegalArgumentException bad) {
            throw new BadSourcingParameter("countries", bad.getMessage());
        }
    }
}
