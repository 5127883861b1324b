package be.veerkracht.web.sourcing;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.sourcing.country.CandidateCountry;
import be.veerkracht.sourcing.country.DiversifiedRanking;
import be.veerkracht.sourcing.mcda.FirstPlaceProbabilities;
import be.veerkracht.sourcing.mcda.Ranking;
import be.veerkracht.sourcing.mcda.RankingExplanation;
import be.veerkracht.sourcing.mcda.WeightInterval;
import be.veerkracht.web.api.Json;
import be.veerkracht.web.page.Labels;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The part of {@code /sourcing} that follows the sliders ({@code GET /sourcing/ranking}, swapped in by htmx): the
 * ranking with score, place, zone and overlays, the method and its formula, the weight intervals and first-place
 * probabilities (as a table and as the chart's data) and the map's data.
 *
 * @param text      the texts
 * @param rows      best first
 * @param incumbent the line on the incumbent and the rule; null without one
 * @param method    method, normalisation, formula and citation
 * @param top       the top choice's code
 * @param intervals one per criterion
 * @param help      the sensitivity's explanation
 * @param chart     the sensitivity chart's data (JSON, for static/app/sourcing.js)
 * @param map       the map's data (JSON: code and place per ranked country)
 */
public record SourcingResultView(Labels text, List<Row> rows, String incumbent, String method, String top,
                                 List<IntervalRow> intervals, String help, String chart, String map) {

    /** Decimals of a score on the page. */
    public static final int SCORE_DECIMALS = 4;

    /** A ranked (or excluded) country. */
    public record Row(String place, String code, String name, String score, String zone, String overlays,
                      String shared, boolean excluded, String firstPlace) {
    }

    /** A criterion's weight interval keeping the top choice. */
    public record IntervalRow(String criterion, String weight, String interval, String below, String above) {
    }

    static SourcingResultView of(Labels text, CountryRanking ranking, ReferenceGeography geography) {
        Ranking r = ranking.analysis().ranking();
        FirstPlaceProbabilities mc = ranking.analysis().sensitivity().monteCarlo();
        NumberFormat score = NumberFormat.getNumberInstance(text.locale());
        score.setMinimumFractionDigits(SCORE_DECIMALS);
        score.setMaximumFractionDigits(SCORE_DECIMALS);
        List<Row> rows = new ArrayList<>();
        List<Map<String, Object>> map = new ArrayList<>();
        DiversifiedRanking diversified = ranking.diversified();
        String incumbent = null;
        if (diversified == null) {
            for (int place = 0; place < r.order().size(); place++) {
                int i = r.order().get(place);
                String code = r.alternatives().get(i);
                rows.add(new Row(String.valueOf(place + 1), code, text.country(code), score.format(r.scores().get(i)),
                        zone(text, geography, code), overlays(geography, code), "", false,
                        text.percentOneDecimal(mc.probabilities().get(i))));
                map.add(Map.of("code", code, "place", place + 1));
            }
        } else {
            incumbent = text.get(SourcingText.INCUMBENT_LINE, diversified.incumbent() + " · "
                    + text.country(diversified.incumbent()), text.zone(geography, diversified.incumbentZone()),
                    text.get(diversified.rule().code().equals("exclude") ? SourcingText.RULE_EXCLUDE
                            : SourcingText.RULE_PENALISE));
            for (CandidateCountry c : diversified.candidates()) {
                int i = r.alternatives().indexOf(c.country());
                List<String> shared = new ArrayList<>(c.sharedOutages());
                shared.addAll(c.sharedSeaLanes());
                rows.add(new Row(c.excluded() ? "–" : String.valueOf(c.place()), c.country(), text.country(c.country()),
                        c.excluded() ? text.get(SourcingText.EXCLUDED) : score.format(c.score()),
                        text.zone(geography, c.zone()),
                        c.overlays().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                        String.join(", ", shared), c.excluded(),
                        i < 0 ? "" : text.percentOneDecimal(mc.probabilities().get(i))));
                if (!c.excluded()) {
                    map.add(Map.of("code", c.country(), "place", c.place()));
                }
            }
        }
        RankingExplanation e = r.explanation();
        String method = text.get(SourcingText.METHOD_LINE, e.method(), e.normalisation(), e.formula(), e.citation());
        String top = r.alternatives().get(r.top());
        List<IntervalRow> intervals = new ArrayList<>();
        List<Map<String, Object>> chartIntervals = new ArrayList<>();
        for (WeightInterval w : ranking.analysis().sensitivity().intervals()) {
            intervals.add(new IntervalRow(w.criterion(), text.percent(w.weight()),
                    text.percent(w.lower()) + " – " + text.percent(w.upper()),
                    w.takesOverBelow() == null ? "" : w.takesOverBelow(),
                    w.takesOverAbove() == null ? "" : w.takesOverAbove()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("criterion", w.criterion());
            row.put("weight", w.weight());
            row.put("lower", w.lower());
            row.put("upper", w.upper());
            chartIntervals.add(row);
        }
        List<Map<String, Object>> probabilities = new ArrayList<>();
        for (int i = 0; i < mc.alternatives().size(); i++) {
            probabilities.add(Map.of("country", mc.alternatives().get(i), "p", mc.probabilities().get(i)));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("top", top);
        chart.put("intervals", chartIntervals);
        chart.put("probabilities", probabilities);
        chart.put("intervals_title", text.get(SourcingText.CHART_INTERVALS));
        chart.put("probabilities_title", text.get(SourcingText.CHART_FIRST_PLACE));
        String help = text.get(SourcingText.SENSITIVITY_HELP, top + " · " + text.country(top),
                text.count(mc.draws()), String.valueOf(mc.seed()));
        return new SourcingResultView(text, rows, incumbent, method, top, intervals, help, Json.write(chart),
                Json.write(map));
    }

    private static String zone(Labels text, ReferenceGeography geography, String code) {
        try {
            return text.zoneOf(geography, CountryCode.parse(code));
        } catch (IllegalArgumentException notIso) {
            return "";
        }
    }

    private static String overlays(ReferenceGeography geography, String code) {
        try {
            return geography.country(CountryCode.parse(code)).map(p -> p.overlays().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", "))).orElse("");
        } catch (IllegalArgumentException notIso) {
            return "";
        }
    }
}
