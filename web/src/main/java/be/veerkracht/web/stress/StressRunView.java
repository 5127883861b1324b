package be.veerkracht.web.stress;

import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.simulation.montecarlo.ContributionKind;
import be.veerkracht.simulation.montecarlo.LossContribution;
import be.veerkracht.simulation.montecarlo.LossHistogram;
import be.veerkracht.simulation.montecarlo.PartRisk;
import be.veerkracht.simulation.montecarlo.StressTestAction;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import be.veerkracht.web.api.StressTestDocument;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PartView;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One stress test run on the page: while it runs, how far it got (the fragment polls itself); once finished, its
 * results written out for people in the visitor's language.
 *
 * @param href     the fragment's own address, polled while the run is active
 * @param results  null until finished
 * @param error    why it stopped (failed or cancelled); null otherwise
 */
public record StressRunView(Labels text, long id, String href, boolean active, int done, int total, int percent,
                            String progressLine, Results results, String error) {

    /** How many contributors of each kind and parts are listed. */
    public static final int TOP = 10;

    /** A finished run. */
    public record Results(List<Figure> headline, String chartJson, List<ContributorTable> contributors,
                          List<PartRow> parts, List<ActionRow> actions, List<String> assumptions,
                          List<RateRow> rates, String versions, String settingsLine, String apiHref) {
    }

    /** One rate of the event catalogue that hit the portfolio. */
    public record RateRow(String event, String appliesTo, String rate, String duration, String sourcesHit,
                          String source) {
    }

    /** One headline figure: its label, value, its uncertainty (or null) and what it means. */
    public record Figure(String id, String label, String value, String uncertainty, String help) {
    }

    /** The largest contributors of one kind. */
    public record ContributorTable(String id, String title, List<ContributorRow> rows) {
    }

    /** One contributor: name (linked when a page lists what is behind it), expected loss, share. */
    public record ContributorRow(String name, String href, String expectedLoss, String share) {
    }

    public record PartRow(String part, String href, String expectedLoss, String fillRate, String stockout) {
    }

    public record ActionRow(String part, String href, String what, String annualLoss, String stockout) {
    }

    public String get(StressText key, Object... args) {
        return text.get(key, args);
    }

    public static StressRunView of(Labels text, StressTestJob job, ReferenceGeography geography) {
        String href = "/stress-test/runs/" + job.id();
        int done = job.done();
        int total = job.total();
        int percent = total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
        String progress = text.get(StressText.PROGRESS, text.count(done), text.count(total));
        return switch (job.status()) {
            case RUNNING -> new StressRunView(text, job.id(), href, true, done, total, percent, progress, null, null);
            case FAILED -> new StressRunView(text, job.id(), href, false, done, total, percent, progress, null,
                    text.get(StressText.RUN_FAILED));
            case CANCELLED -> new StressRunView(text, job.id(), href, false, done, total, percent, progress, null,
                    text.get(StressText.RUN_CANCELLED));
            case FINISHED -> new StressRunView(text, job.id(), href, false, total, total, 100, progress,
                    results(text, job, geography), null);
        };
    }

    private static Results results(Labels text, StressTestJob job, ReferenceGeography geography) {
        StressTestResult r = job.outcome().result();
        StressTestSettings s = r.settings();
        String horizon = text.count(s.horizonDays());
        double perYear = 365.0 / s.horizonDays();
        List<Figure> headline = List.of(
                new Figure("expected-loss", text.get(StressText.EXPECTED_ANNUAL_LOSS),
                        StressFormat.eur(text, r.expectedAnnualLossEur()),
                        text.get(StressText.PLUS_MINUS,
                                StressFormat.eur(text, r.expectedLossStandardErrorEur() * perYear)),
                        text.get(StressText.EXPECTED_ANNUAL_LOSS_HELP)),
                new Figure("var95", text.get(StressText.VAR, "95"), StressFormat.eur(text, r.var95Eur()),
                        null, text.get(StressText.VAR_HELP, "95", horizon)),
                new Figure("cvar95", text.get(StressText.CVAR, "95"), StressFormat.eur(text, r.cvar95Eur()),
                        null, text.get(StressText.CVAR_HELP, "5", horizon)),
                new Figure("var99", text.get(StressText.VAR, "99"), StressFormat.eur(text, r.var99Eur()),
                        null, text.get(StressText.VAR_HELP, "99", horizon)),
                new Figure("cvar99", text.get(StressText.CVAR, "99"), StressFormat.eur(text, r.cvar99Eur()),
                        null, text.get(StressText.CVAR_HELP, "1", horizon)),
                new Figure("stockout", text.get(StressText.STOCKOUT_PROBABILITY),
                        StressFormat.percent(text, r.stockoutProbability()),
                        null, text.get(StressText.STOCKOUT_HELP, horizon)));
        List<ContributorTable> contributors = List.of(
                table(text, "by-supplier", text.get(StressText.BY_SUPPLIER), r.contributions(ContributionKind.SUPPLIER),
                        key -> key, key -> "/suppliers/" + encode(key)),
                table(text, "by-country", text.get(StressText.BY_COUNTRY), r.contributions(ContributionKind.COUNTRY),
                        text::country, key -> "/parts?country=" + encode(key) + "&sort=spend"),
                table(text, "by-zone", text.get(StressText.BY_ZONE), r.contributions(ContributionKind.ZONE),
                        key -> text.zone(geography, key), key -> "/parts?zone=" + encode(key) + "&sort=spend"),
                table(text, "by-event", text.get(StressText.BY_EVENT), r.contributions(ContributionKind.EVENT),
                        key -> key, key -> null));
        List<PartRow> parts = r.parts().stream().filter(p -> p.expectedLossEur() > 0).limit(TOP)
                .map(p -> partRow(text, p)).toList();
        List<ActionRow> actions = new ArrayList<>();
        for (StressTestAction a : job.outcome().actions()) {
            String part = a.action().part().value();
            actions.add(new ActionRow(part, PartView.path(part), a.action().what().in(text.locale()),
                    StressFormat.eur(text, a.partExpectedAnnualLossEur()),
                    StressFormat.percent(text, a.partStockoutProbability())));
        }
        String versions = text.get(StressText.VERSIONS, r.catalogueVersion(), r.geographyVersion());
        String settings = text.get(StressText.SETTINGS_LINE, text.count(s.scenarios()), horizon,
                String.valueOf(s.seed()), String.valueOf(job.snapshotId()));
        List<RateRow> rates = r.eventRates().stream().filter(rate -> rate.sourcesHit() > 0)
                .map(rate -> new RateRow(rate.event(), rate.appliesTo(), StressFormat.number(text, rate.annualRate(), 3),
                        text.get(StressText.DURATION_DAYS, StressFormat.number(text, rate.medianDays(), 0),
                                StressFormat.number(text, rate.p90Days(), 0)),
                        text.count(rate.sourcesHit()), rate.source()))
                .toList();
        return new Results(headline, chartJson(text, r), contributors, parts, actions, r.assumptions(), rates,
                versions, settings, "/api/v1/stress-tests/" + job.id());
    }

    private static PartRow partRow(Labels text, PartRisk p) {
        return new PartRow(p.partId(), PartView.path(p.partId()), StressFormat.eur(text, p.expectedLossEur()),
                StressFormat.percent(text, p.fillRate()), StressFormat.percent(text, p.stockoutProbability()));
    }

    private static ContributorTable table(Labels text, String id, String title, List<LossContribution> all,
                                          java.util.function.Function<String, String> name,
                                          java.util.function.Function<String, String> link) {
        List<ContributorRow> rows = all.stream().limit(TOP)
                .map(c -> new ContributorRow(name.apply(c.key()), link.apply(c.key()),
                        StressFormat.eur(text, c.expectedLossEur()), StressFormat.percent(text, c.share())))
                .toList();
        return new ContributorTable(id, title, rows);
    }

    /**
     * What the histogram draws: one bar per bin ({@link StressTestDocument#HISTOGRAM_BINS}, the API's bins), and
     * the risk measures as marked lines; the axis names in the visitor's language.
     */
    private static String chartJson(Labels text, StressTestResult r) {
        LossHistogram histogram = LossHistogram.of(r.scenarioLossEur(), StressTestDocument.HISTOGRAM_BINS);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode chart = mapper.createObjectNode();
        chart.put("bin_width_eur", histogram.binWidthEur());
        ArrayNode counts = chart.putArray("counts");
        for (int count : histogram.counts()) {
            counts.add(count);
        }
        chart.put("x_axis", text.get(StressText.CHART_LOSS_AXIS, text.count(r.settings().horizonDays())));
        chart.put("y_axis", text.get(StressText.CHART_COUNT_AXIS));
        ArrayNode marks = chart.putArray("marks");
        marks.addObject().put("name", text.get(StressText.VAR, "95")).put("value", r.var95Eur());
        marks.addObject().put("name", text.get(StressText.CVAR, "95")).put("value", r.cvar95Eur());
        marks.addObject().put("name", text.get(StressText.VAR, "99")).put("value", r.var99Eur());
        marks.addObject().put("name", text.get(StressText.CVAR, "99")).put("value", r.cvar99Eur());
        try {
            return mapper.writeValueAsString(chart);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
