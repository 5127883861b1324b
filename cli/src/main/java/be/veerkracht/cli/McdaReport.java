package be.veerkracht.cli;

import be.veerkracht.web.api.McdaAnalysis;
import be.veerkracht.i18n.Messages;
import be.veerkracht.sourcing.country.CandidateCountry;
import be.veerkracht.sourcing.country.DiversificationRule;
import be.veerkracht.sourcing.country.DiversifiedRanking;
import be.veerkracht.sourcing.mcda.AhpWeights;
import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.sourcing.mcda.CriterionType;
import be.veerkracht.sourcing.mcda.FirstPlaceProbabilities;
import be.veerkracht.sourcing.mcda.RankReversal;
import be.veerkracht.sourcing.mcda.Ranking;
import be.veerkracht.sourcing.mcda.WeightInterval;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text reports of {@code mcda}, {@code ahp} and {@code countries rank}, in the user's language. */
final class McdaReport {

    private static final int SCORE_DECIMALS = 4;

    private final Locale locale;
    private final Figures figures;

    McdaReport(Locale locale) {
        this.locale = locale;
        this.figures = new Figures(locale);
    }

    void ranking(McdaAnalysis analysis, PrintWriter out) {
        Ranking ranking = analysis.ranking();
        out.println(label(McdaLabel.METHOD, analysis.method(), ranking.explanation().normalisation()));
        out.println(label(McdaLabel.FORMULA, ranking.explanation().formula()));
        out.println(label(McdaLabel.SOURCE, ranking.explanation().citation()));
        out.println(label(McdaLabel.CRITERIA));
        List<Criterion> criteria = analysis.matrix().criteria();
        for (int j = 0; j < criteria.size(); j++) {
            Criterion c = criteria.get(j);
            out.println(label(McdaLabel.CRITERION_LINE, c.name(), label(c.type() == CriterionType.BENEFIT
                    ? McdaLabel.TYPE_BENEFIT : McdaLabel.TYPE_COST), c.unit().isEmpty() ? "-" : c.unit(),
                    figures.number(ranking.explanation().weights().get(j), SCORE_DECIMALS),
                    c.source().isEmpty() ? "-" : c.source()));
        }
        if (analysis.ahp() != null) {
            consistency(analysis.ahp(), out);
        }
        out.println(label(McdaLabel.RANKING));
        for (int place = 0; place < ranking.order().size(); place++) {
            int i = ranking.order().get(place);
            out.println(label(McdaLabel.RANK_LINE, place + 1, ranking.alternatives().get(i),
                    figures.number(ranking.scores().get(i), SCORE_DECIMALS)));
        }
        ranking.explanation().assumptions().forEach(a -> out.println(label(McdaLabel.NOTE, a)));
        if (analysis.sensitivity() != null) {
            sensitivity(analysis.sensitivity(), ranking, out);
        }
    }

    void ahp(AhpWeights ahp, PrintWriter out) {
        for (int j = 0; j < ahp.criteria().size(); j++) {
            out.println(label(McdaLabel.AHP_LINE, ahp.criteria().get(j),
                    figures.number(ahp.weights().get(j), SCORE_DECIMALS)));
        }
        consistency(ahp, out);
        out.println(label(McdaLabel.SOURCE, ahp.explanation()));
    }

    void diversified(DiversifiedRanking diversified, PrintWriter out) {
        out.println(label(McdaLabel.INCUMBENT, diversified.incumbent(), diversified.incumbentZone(),
                label(diversified.rule() == DiversificationRule.EXCLUDE ? McdaLabel.RULE_EXCLUDE
                        : McdaLabel.RULE_PENALISE)));
        for (CandidateCountry c : diversified.candidates()) {
            if (c.excluded()) {
                out.println(label(McdaLabel.EXCLUDED_LINE, c.country(), c.zone(), shared(c)));
            } else {
                out.println(label(McdaLabel.CANDIDATE_LINE, c.place(), c.country(),
                        figures.number(c.score(), SCORE_DECIMALS), c.zone(),
                        c.overlays().isEmpty() ? "-" : String.join(" ", c.overlays().stream().map(Enum::name)
                                .sorted().toList()), diversified.incumbent(), shared(c)));
            }
        }
    }

    private String shared(CandidateCountry c) {
        List<String> all = new ArrayList<>(c.sharedOutages());
        all.addAll(c.sharedSeaLanes());
        return all.isEmpty() ? label(McdaLabel.NOTHING_SHARED) : String.join(", ", all);
    }

    private void consistency(AhpWeights ahp, PrintWriter out) {
        out.println(label(McdaLabel.AHP_CONSISTENCY, figures.number(ahp.lambdaMax(), SCORE_DECIMALS),
                figures.number(ahp.consistencyIndex(), SCORE_DECIMALS), figures.number(ahp.randomIndex(), 2),
                figures.number(ahp.consistencyRatio(), SCORE_DECIMALS)));
        out.println(label(ahp.consistent() ? McdaLabel.AHP_CONSISTENT : McdaLabel.AHP_INCONSISTENT));
    }

    private void sensitivity(McdaAnalysis.Sensitivity sensitivity, Ranking ranking, PrintWriter out) {
        out.println(label(McdaLabel.INTERVALS, ranking.alternatives().get(ranking.top())));
        for (WeightInterval interval : sensitivity.intervals()) {
            out.println(label(McdaLabel.INTERVAL_LINE, interval.criterion(),
                    figures.number(interval.weight(), SCORE_DECIMALS), figures.number(interval.lower(), SCORE_DECIMALS),
                    figures.number(interval.upper(), SCORE_DECIMALS),
                    label(interval.exact() ? McdaLabel.INTERVAL_EXACT : McdaLabel.INTERVAL_BISECTED)));
        }
        out.println(label(McdaLabel.REVERSAL));
        for (RankReversal reversal : sensitivity.removals()) {
            if (reversal.reversed()) {
                out.println(label(McdaLabel.REVERSAL_LINE, reversal.alternative(), String.join("; ",
                        reversal.swaps().stream().map(s -> label(McdaLabel.SWAP, s.wasAbove(), s.wasBelow()))
                                .toList())));
            } else {
                out.println(label(McdaLabel.REVERSAL_NONE, reversal.alternative()));
            }
        }
        FirstPlaceProbabilities mc = sensitivity.monteCarlo();
        out.println(label(McdaLabel.MONTE_CARLO, mc.draws(), mc.seed()));
        for (int i = 0; i < mc.alternatives().size(); i++) {
            out.println(label(McdaLabel.MONTE_CARLO_LINE, mc.alternatives().get(i),
                    figures.percent(mc.probabilities().get(i), 1), figures.percent(mc.standardErrors().get(i), 1)));
        }
    }

    String label(McdaLabel key, Object... args) {
        return Messages.format(key, locale, args);
    }
}
