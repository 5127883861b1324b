package be.veerkracht.web.api;

import be.veerkracht.sourcing.country.CandidateCountry;
import be.veerkracht.sourcing.country.CountryMatrix;
import be.veerkracht.sourcing.country.DiversifiedRanking;
import be.veerkracht.sourcing.mcda.AhpWeights;
import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.sourcing.mcda.RankReversal;
import be.veerkracht.sourcing.mcda.Ranking;
import be.veerkracht.sourcing.mcda.WeightInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code mcda}, {@code ahp} and {@code countries rank}: schemas {@code veerkracht/mcda/1},
 * {@code veerkracht/ahp/1} and {@code veerkracht/countries-rank/1} (docs/schemas/). Scores and probabilities as
 * computed (doubles); every list of scores is in the input row order; texts in English. One mapping for the command
 * line ({@code veerkracht mcda|ahp|countries rank --format json}) and the API ({@code POST /api/v1/mcda},
 * {@code GET /api/v1/sourcing/countries}), so the two cannot drift.
 */
public final class McdaDocument {

    public static final String MCDA_SCHEMA = "veerkracht/mcda/1";
    public static final String AHP_SCHEMA = "veerkracht/ahp/1";
    public static final String COUNTRIES_SCHEMA = "veerkracht/countries-rank/1";

    private McdaDocument() {
    }

    public static Map<String, Object> mcda(McdaAnalysis analysis) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schema", MCDA_SCHEMA);
        document.putAll(analysis(analysis));
        return document;
    }

    public static Map<String, Object> ahp(AhpWeights ahp) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schema", AHP_SCHEMA);
        document.putAll(ahpFields(ahp));
        return document;
    }

    public static Map<String, Object> countries(McdaAnalysis analysis, CountryMatrix source, DiversifiedRanking diversified) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schema", COUNTRIES_SCHEMA);
        document.putAll(analysis(analysis));
        document.put("data_source", source.version());
        document.put("notes", source.notes());
        if (diversified != null) {
            Map<String, Object> incumbent = new LinkedHashMap<>();
            incumbent.put("country", diversified.incumbent());
            incumbent.put("zone", diversified.incumbentZone());
            incumbent.put("rule", diversified.rule().code());
            document.put("incumbent", incumbent);
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (CandidateCountry c : diversified.candidates()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("country", c.country());
                row.put("score", c.excluded() ? null : c.score());
                row.put("place", c.excluded() ? null : c.place());
                row.put("excluded", c.excluded());
                row.put("zone", c.zone());
                row.put("overlays", c.overlays().stream().map(o -> o.name()).sorted().toList());
                row.put("shared_outage_footprints", c.sharedOutages());
                row.put("shared_sea_lanes", c.sharedSeaLanes());
                candidates.add(row);
            }
            document.put("candidates", candidates);
        }
        return document;
    }

    private static Map<String, Object> analysis(McdaAnalysis analysis) {
        Ranking ranking = analysis.ranking();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("method", analysis.method());
        document.put("ranking_method", ranking.explanation().method());
        document.put("normalisation", ranking.explanation().normalisation());
        document.put("formula", ranking.explanation().formula());
        document.put("citation", ranking.explanation().citation());
        document.put("alternatives", ranking.alternatives());
        List<Map<String, Object>> criteria = new ArrayList<>();
        List<Criterion> list = analysis.matrix().criteria();
        for (int j = 0; j < list.size(); j++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", list.get(j).name());
            c.put("type", list.get(j).type().code());
            c.put("unit", list.get(j).unit());
            c.put("source", list.get(j).source());
            c.put("weight", ranking.explanation().weights().get(j));
            criteria.add(c);
        }
        document.put("criteria", criteria);
        document.put("weights", ranking.explanation().weights());
        document.put("scores", ranking.scores());
        document.put("ranking", ranking.namesBestFirst());
        document.put("ranks", ranking.ranks());
        document.put("assumptions", ranking.explanation().assumptions());
        document.put("ahp", analysis.ahp() == null ? null : ahpFields(analysis.ahp()));
        document.put("sensitivity", analysis.sensitivity() == null ? null : sensitivity(analysis.sensitivity()));
        return document;
    }

    private static Map<String, Object> ahpFields(AhpWeights ahp) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("criteria", ahp.criteria());
        document.put("weights", ahp.weights());
        document.put("lambda_max", ahp.lambdaMax());
        document.put("ci", ahp.consistencyIndex());
        document.put("ri", ahp.randomIndex());
        document.put("cr", ahp.consistencyRatio());
        document.put("consistent", ahp.consistent());
        document.put("cr_limit", AhpWeights.CONSISTENCY_LIMIT);
        document.put("explanation", ahp.explanation());
        return document;
    }

    private static Map<String, Object> sensitivity(McdaAnalysis.Sensitivity sensitivity) {
        Map<String, Object> document = new LinkedHashMap<>();
        List<Map<String, Object>> intervals = new ArrayList<>();
        for (WeightInterval interval : sensitivity.intervals()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("criterion", interval.criterion());
            row.put("weight", interval.weight());
            row.put("lower", interval.lower());
            row.put("upper", interval.upper());
            row.put("top", interval.top());
            row.put("takes_over_below", interval.takesOverBelow());
            row.put("takes_over_above", interval.takesOverAbove());
            row.put("exact", interval.exact());
            intervals.add(row);
        }
        document.put("weight_intervals", intervals);
        List<Map<String, Object>> reversals = new ArrayList<>();
        for (RankReversal reversal : sensitivity.removals()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("removed", reversal.alternative());
            row.put("swaps", reversal.swaps().stream().map(s -> List.of(s.wasAbove(), s.wasBelow())).toList());
            reversals.add(row);
        }
        document.put("rank_reversal", reversals);
        Map<String, Object> monteCarlo = new LinkedHashMap<>();
        monteCarlo.put("draws", sensitivity.monteCarlo().draws());
        monteCarlo.put("seed", sensitivity.monteCarlo().seed());
        monteCarlo.put("first_place_probability", sensitivity.monteCarlo().probabilities());
        monteCarlo.put("standard_error", sensitivity.monteCarlo().standardErrors());
        monteCarlo.put("explanation", sensitivity.monteCarlo().explanation());
        document.put("monte_carlo", monteCarlo);
        return document;
    }
}
